package io.github.dlplayground.app.lesson.environment;

import java.nio.file.Path;
import java.util.List;

/**
 * Says which data source each dataset would use with the user's data folder (null when unset). Blocking:
 * call it off the FX thread. {@link #NONE} reports no source (tests).
 */
@FunctionalInterface
public interface DataSourceProbe {
    DataSourceProbe NONE = folder -> List.of();

    /** The probe the app and {@code info} use: the data module's lookup, without downloading. */
    static DataSourceProbe standard() {
        return new EngineDataSources();
    }

    List<DataSourceFact> inUse(Path userFolder) throws Exception;
}
