package io.github.dlplayground.app.cli;

import io.github.dlplayground.app.lesson.LessonInfo;
import io.github.dlplayground.app.lesson.LessonRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code screenshot --lesson NUMBER|NAME --out FILE.png [--lang en|zh] [--theme light|dark] [--presenter]
 * [--size WxH]}: renders the main window showing that lesson off-screen (JavaFX's headless Monocle
 * platform, no display needed) and writes a PNG. Checks every option before JavaFX starts.
 */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Render the window showing a lesson off-screen (no display needed) and write a PNG.")
public final class ScreenshotCommand implements Callable<Integer> {
    @Option(names = "--lesson", required = true, paramLabel = "NUMBER|NAME",
            description = "Lesson number (1-8) or name (linreg, softmax, gradient, activations, studio, "
                    + "convolution, drawing, environment).")
    String lesson;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG file to write.")
    Path out;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", description = "Language (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "Theme (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--presenter", description = "Presenter mode: larger text and lines.")
    boolean presenter;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800",
            description = "Window size in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LessonInfo info = LessonRegistry.find(lesson).orElseThrow(() -> new IllegalArgumentException(
                "unknown lesson \"" + lesson + "\": give a number from 1 to " + LessonRegistry.lessons().size()
                        + " or one of " + LessonRegistry.lessons().stream().map(LessonInfo::id)
                        .collect(Collectors.joining(", "))));
        if (!language.equals("en") && !language.equals("zh")) {
            throw new IllegalArgumentException("--lang must be en or zh, not \"" + language + "\"");
        }
        if (!theme.equals("light") && !theme.equals("dark")) {
            throw new IllegalArgumentException("--theme must be light or dark, not \"" + theme + "\"");
        }
        int[] wh = parseSize(size);
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new IllegalArgumentException("--out must name a .png file, not \"" + out + "\"");
        }
        var request = new ScreenshotRenderer.Request(info, language, theme.equals("dark"), presenter, wh[0], wh[1],
                out.toAbsolutePath());
        String warning = ScreenshotRenderer.render(request);
        if (warning != null) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + wh[0] + "x" + wh[1] + ")");
        return 0;
    }

    /** "1280x800" → {1280, 800}; each side between 320 and 7680. */
    static int[] parseSize(String text) {
        var parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].trim());
                int h = Integer.parseInt(parts[1].trim());
                if (w >= 320 && h >= 320 && w <= 7680 && h <= 7680) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--size must be WIDTHxHEIGHT in pixels, each from 320 to 7680 "
                + "(e.g. 1280x800), not \"" + text + "\"");
    }
}
