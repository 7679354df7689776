package io.github.dlplayground.app.cli;

import io.github.dlplayground.app.explain.ExplanationPanel;
import io.github.dlplayground.app.lesson.LessonInfo;
import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.app.shell.CjkFont;
import io.github.dlplayground.app.shell.MainWindow;
import io.github.dlplayground.app.shell.Readiness;
import io.github.dlplayground.app.shell.SettingsData;
import io.github.dlplayground.app.shell.SettingsStore;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders the main window off-screen for {@link ScreenshotCommand}: starts JavaFX on the headless Monocle
 * platform (unless the toolkit already runs in this JVM), shows the lesson, waits until the status line and
 * the lesson are ready (at most {@value #READY_SECONDS} s) and a few frames have passed, and writes the PNG
 * atomically. The language, theme and mode come from the request, backend and data folder from the saved
 * settings (which are not changed).
 */
final class ScreenshotRenderer {
    static final int READY_SECONDS = 60;
    private static final int SETTLE_FRAMES = 3;
    /** JavaFX warns that it runs from the class path, which is how the jar is meant to run; kept quiet here. */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    record Request(LessonInfo lesson, String language, boolean dark, boolean presenter, int width, int height,
                   Path out) {
    }

    private ScreenshotRenderer() {
    }

    /** Renders and writes the PNG; returns a warning (e.g. not ready in time) or null. */
    static String render(Request request) throws Exception {
        boolean started = startToolkit(request.width(), request.height());
        try {
            var result = new CompletableFuture<String>();
            Platform.runLater(() -> {
                try {
                    show(request, result);
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
            return result.get(READY_SECONDS + 30L, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the window did not render within " + (READY_SECONDS + 30) + " s");
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }

    /** Starts JavaFX headless; false when it was already running in this JVM. */
    private static boolean startToolkit(int width, int height) throws InterruptedException {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", width + "x" + height));
        System.setProperty("java.awt.headless", "true");
        PLATFORM_LOG.setLevel(Level.SEVERE);
        var startedLatch = new java.util.concurrent.CountDownLatch(1);
        try {
            Platform.startup(startedLatch::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        startedLatch.await();
        Platform.setImplicitExit(false);
        return true;
    }

    private static void show(Request request, CompletableFuture<String> result) {
        CjkFont.load();
        SettingsData saved = SettingsStore.fromEnvironment().load().data();
        var settings = AppSettings.of(new SettingsData(request.language(), request.dark() ? "dark" : "light",
                request.presenter(), saved.backend(), saved.dataFolder()));
        var window = new MainWindow(settings);
        window.setExplanationFactory(ExplanationPanel::new);
        var stage = new Stage();
        stage.setScene(window.createScene(request.width(), request.height()));
        stage.show();
        window.openLesson(request.lesson());
        window.startStatusUpdates();
        ObservableBooleanValue ready = window.statusReadyProperty();
        if (window.lessonArea().lesson() instanceof Readiness lessonReady) {
            ready = Bindings.and(ready, lessonReady.readyProperty());
        }
        var capture = new Capture(stage, window, request.out(), result);
        capture.ready = ready;
        if (ready.get()) {
            capture.take(null);
            return;
        }
        ready.addListener((obs, was, now) -> {
            if (now) {
                capture.take(null);
            }
        });
        var timeout = new PauseTransition(Duration.seconds(READY_SECONDS));
        timeout.setOnFinished(e -> capture.take("the lesson was not ready after " + READY_SECONDS
                + " s; the picture shows it as it was then"));
        capture.timeout = timeout;
        timeout.play();
    }

    /** Takes the picture once, after a few frames, then closes the window. */
    private static final class Capture {
        private final Stage stage;
        private final MainWindow window;
        private final Path out;
        private final CompletableFuture<String> result;
        private PauseTransition timeout;
        /** Held here so that the combined binding is not collected while it is being watched. */
        private ObservableBooleanValue ready;
        private boolean taken;

        Capture(Stage stage, MainWindow window, Path out, CompletableFuture<String> result) {
            this.stage = stage;
            this.window = window;
            this.out = out;
            this.result = result;
        }

        void take(String warning) {
            if (taken) {
                return;
            }
            taken = true;
            if (timeout != null) {
                timeout.stop();
            }
            afterFrames(SETTLE_FRAMES, () -> {
                try {
                    write(stage.getScene().snapshot(null), out);
                    result.complete(warning);
                } catch (IOException | RuntimeException e) {
                    result.completeExceptionally(e);
                } finally {
                    stage.close();
                    window.dispose();
                }
            });
        }
    }

    /** Runs the action after the given number of pulses, so that layout and canvases have settled. */
    private static void afterFrames(int frames, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= frames) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    private static void write(WritableImage image, Path out) throws IOException {
        Path folder = out.getParent();
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, out.getFileName().toString(), ".tmp");
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
