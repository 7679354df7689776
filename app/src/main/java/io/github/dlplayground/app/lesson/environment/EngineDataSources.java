package io.github.dlplayground.app.lesson.environment;

import io.github.dlplayground.engine.data.DataException;
import io.github.dlplayground.engine.data.DataSource;
import io.github.dlplayground.engine.data.DataSources;
import io.github.dlplayground.engine.data.DatasetKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The data module's answer to "which source would each dataset come from": it looks in the user's folder,
 * the download cache, Debian's package and the shipped subset, in that order, without downloading (a
 * lesson that trains may still download the full set). Reads the files it finds; blocking.
 */
final class EngineDataSources implements DataSourceProbe {
    @Override
    public List<DataSourceFact> inUse(Path userFolder) throws DataException {
        var sources = new DataSources(DataSources.Options.standard(userFolder, false, false));
        var facts = new ArrayList<DataSourceFact>();
        for (DatasetKind kind : DatasetKind.values()) {
            DataSource s = sources.load(kind, (file, done, total) -> { }).source();
            facts.add(new DataSourceFact(kind.displayName("en"), s.kind().name(), s.location(), s.trainCount(),
                    s.testCount(), s.describe("en"), s.describe("zh"), s.fullSetHint("en"), s.fullSetHint("zh"),
                    s.notes()));
        }
        return facts;
    }
}
