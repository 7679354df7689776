package io.github.dlplayground.app.lesson;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.github.dlplayground.app.lesson.gradient.GradientDescentLesson;
import io.github.dlplayground.app.lesson.linreg.LinearRegressionLesson;
import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.app.shell.I18n;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes PNG screenshots of lessons 1 and 3 at the size of the lesson area of a 1280 × 800 window (980 × 680),
 * after a few steps, in English and Chinese, light and dark, for a
 * person to look at (a tool, not a test): target/screenshots/LESSON-LANG-THEME.png. Run headless with the
 * Monocle properties of the surefire argLine, or under Xvfb.
 */
public final class LessonScreenshots {
    private LessonScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        Stage stage = onFx(Stage::new);
        String only = args.length > 0 ? args[0] : "";
        if (only.isEmpty() || only.equals("gradient")) {
            shoot(stage, "gradient", GradientDescentLesson::new, ScreenshotSteps::gradient);
        }
        if (only.isEmpty() || only.equals("gradient-rosenbrock")) {
            shoot(stage, "gradient-rosenbrock", GradientDescentLesson::new, ScreenshotSteps::rosenbrock);
        }
        if (only.isEmpty() || only.equals("gradient-1d")) {
            shoot(stage, "gradient-1d", GradientDescentLesson::new, ScreenshotSteps::curve);
        }
        if (only.isEmpty() || only.equals("linreg")) {
            shoot(stage, "linreg", LinearRegressionLesson::new, ScreenshotSteps::linreg);
        }
        Platform.exit();
    }

    static void shoot(Stage stage, String name, Function<LessonContext, Lesson> factory, Consumer<Lesson> prepare)
            throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        for (String lang : new String[] {"en", "zh"}) {
            for (boolean dark : new boolean[] {false, true}) {
                Lesson lesson = onFx(() -> {
                    Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                            : new PrimerLight().getUserAgentStylesheet());
                    var i18n = new I18n(lang.equals("zh") ? I18n.CHINESE : I18n.ENGLISH);
                    var context = new LessonContext(i18n, new SimpleBooleanProperty(false),
                            new SimpleBooleanProperty(dark), AppSettings.defaults());
                    Lesson l = factory.apply(context);
                    // the lesson area of the 1280 × 800 main window (navigation left, title and status bars)
                    stage.setScene(new Scene((Parent) l.view(), 980, 680));
                    stage.show();
                    return l;
                });
                Thread.sleep(500);
                onFx(() -> {
                    prepare.accept(lesson);
                    return null;
                });
                Thread.sleep(700);
                Path file = dir.resolve(name + "-" + lang + "-" + (dark ? "dark" : "light") + ".png");
                onFx(() -> {
                    var image = stage.getScene().snapshot(null);
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                    lesson.dispose();
                    return null;
                });
                System.out.println("wrote " + file);
            }
        }
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
