package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.engine.data.DataException;
import io.github.dlplayground.engine.data.DataSources;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.LoadedData;

/**
 * The Fashion-MNIST data the studio trains on, loaded once on the training thread: the user's folder, the
 * cache, Debian's package, else the sample shipped with the app (the studio never downloads by itself).
 */
final class StudioData {
    /** How the data is found; tests pass a loader for the shipped sample. */
    interface Loader {
        LoadedData load() throws DataException;
    }

    private final Loader loader;
    private LoadedData loaded;

    StudioData(Loader loader) {
        this.loader = loader;
    }

    static StudioData standard(AppSettings settings) {
        var options = DataSources.Options.standard(settings == null ? null : settings.dataFolder(), false, false);
        return new StudioData(() -> new DataSources(options).load(DatasetKind.FASHION_MNIST, null));
    }

    /** Loads on first use and keeps it; blocking, so call it off the FX thread. */
    synchronized LoadedData get() throws DataException {
        if (loaded == null) {
            loaded = loader.load();
        }
        return loaded;
    }

    /** The data once loaded, else null (any thread). */
    synchronized LoadedData loadedOrNull() {
        return loaded;
    }
}
