package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.app.lesson.LessonRegistry;
import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.app.shell.CjkFont;
import io.github.dlplayground.app.shell.MainWindow;
import io.github.dlplayground.engine.digits.DigitModels;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renders the main window with the drawing lesson and a "7" on the pad at 1280×800 (and 960×800, where the
 * columns stack), in English and Chinese, light and dark, and in presenter mode, to PNG files in the folder given as the first argument (for looking
 * at the layout). Run with the test classpath and a headless Monocle toolkit.
 */
public final class DrawingLessonScreenshots {
    private DrawingLessonScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        var started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        shoot(out, "en-light", false, false, false);
        shoot(out, "en-dark", false, true, false);
        shoot(out, "zh-light", true, false, false);
        shoot(out, "zh-dark-presenter", true, true, true);
        shoot(out, "en-light-presenter", false, false, true);
        shoot(out, "en-light-network", false, false, false);
        shoot(out, "en-light-narrow", false, false, false);
        Platform.exit();
    }

    private static void shoot(Path out, String name, boolean chinese, boolean dark, boolean presenter)
            throws Exception {
        System.setProperty(DigitModels.CACHE_PROPERTY, TestModels.cacheFolder().toString());
        var windowRef = new AtomicReference<MainWindow>();
        var stageRef = new AtomicReference<Stage>();
        runOnFx(() -> {
            CjkFont.load();
            var settings = new AppSettings(chinese ? "zh" : "en", dark, presenter, "auto", null);
            var window = new MainWindow(settings);
            var stage = new Stage();
            stage.setScene(window.createScene(name.endsWith("narrow") ? 960 : 1280, 800));
            stage.show();
            window.openLesson(LessonRegistry.find("drawing").orElseThrow());
            windowRef.set(window);
            stageRef.set(stage);
        });
        var lesson = (DrawingLesson) windowRef.get().lessonArea().lesson();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (lesson.loop().classifier() == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        runOnFx(() -> drawSeven(lesson));
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (lesson.predictionPanel().bars().probabilitiesProperty().get() == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (name.endsWith("network")) {
            runOnFx(() -> lesson.tabs().getSelectionModel().select(1));
        }
        Thread.sleep(500);
        runOnFx(() -> {
            var image = stageRef.get().getScene().snapshot(null);
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            stageRef.get().close();
            windowRef.get().dispose();
        });
    }

    /** A "7": a bar across the top and a slanted stroke down, slightly off-centre. */
    private static void drawSeven(DrawingLesson lesson) {
        var pad = lesson.pad();
        pad.beginStroke(120, 110, false);
        for (int k = 1; k <= 20; k++) {
            pad.extendStroke(120 + k * 11, 110 + k * 0.5);
        }
        for (int k = 1; k <= 30; k++) {
            pad.extendStroke(340 - k * 4.2, 120 + k * 9.5);
        }
        pad.endStroke();
    }

    private static void runOnFx(Runnable action) throws InterruptedException {
        var done = new CountDownLatch(1);
        var failure = new AtomicReference<Throwable>();
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
    }
}
