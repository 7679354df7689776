package io.github.dlplayground.app.cli;

import java.util.List;

/** The explicit list of commands on the launcher, one class per command. */
final class Commands {
    private Commands() {
    }

    static List<Object> all() {
        return List.of(
                new InfoCommand(),
                new ScreenshotCommand(),
                new OptimizeCommand(),
                new BenchCommand(),
                new TrainCommand(),
                new EvaluateCommand(),
                new ConvCommand(),
                new ClassifyCommand(),
                new ExportCommand(),
                new GpuCheckCommand()
        );
    }
}
