package io.github.dlplayground.app.lesson.environment;

import java.nio.file.Path;
import java.util.List;

/**
 * Says which data source each dataset would use with the user's data folder (null when unset). Blocking:
 * call it off the FX thread. {@link #NONE} is a build without the data module: it reports no source.
 */
@FunctionalInterface
public interface DataSourceProbe {
    DataSourceProbe NONE = folder -> List.of();

    /** The probe the app and {@code info} use: the data module's lookup once it is part of the build (issue #4). */
    static DataSourceProbe standard() {
        return NONE;
    }

    List<DataSourceFact> inUse(Path userFolder) throws Exception;
}
