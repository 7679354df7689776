package io.github.dlplayground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlplayground.app.lesson.environment.DataSourceProbe;
import io.github.dlplayground.app.lesson.environment.EnvironmentReport;
import io.github.dlplayground.app.lesson.environment.EnvironmentText;
import io.github.dlplayground.app.shell.SettingsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code info [--json]}: version, Java, JavaFX, OS, CPU cores, heap, matrix backends (and why each missing one
 * is missing), the default and selected backend, the GPU, and the data source in use, as text or as one JSON
 * object. The selected backend and data folder come from the saved settings. Never starts JavaFX.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print the version, Java, JavaFX, CPU, matrix backends, GPU and data source in use.")
public final class InfoCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var loaded = SettingsStore.fromEnvironment().load();
        loaded.warning().ifPresent(w -> spec.commandLine().getErr().println("warning: " + w));
        var report = EnvironmentReport.gather(loaded.data(), DataSourceProbe.standard());
        var out = spec.commandLine().getOut();
        if (json) {
            var mapper = new ObjectMapper();
            out.println(mapper.writeValueAsString(EnvironmentText.json(report, mapper)));
        } else {
            out.print(EnvironmentText.text(report));
        }
        out.flush();
        return 0;
    }
}
