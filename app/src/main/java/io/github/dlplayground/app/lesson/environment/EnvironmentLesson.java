package io.github.dlplayground.app.lesson.environment;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.Readiness;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Lesson 8, Environment: the same facts as {@code info} (Java, JavaFX, OS, CPU, heap, matrix backends, GPU,
 * data source) as a readable panel with a copy-to-clipboard button and a live GEMM benchmark per backend. The
 * facts are gathered, and the benchmark run, on a background thread (each time the lesson opens or "Refresh" or
 * the benchmark button is pressed); the panel is filled on the FX thread.
 */
public final class EnvironmentLesson implements Lesson, Readiness {
    private final LessonContext context;
    private final EnvironmentPanel panel;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final DataSourceProbe dataProbe;
    private ExecutorService worker;
    private EnvironmentReport lastReport;

    public EnvironmentLesson(LessonContext context) {
        this(context, DataSourceProbe.standard());
    }

    EnvironmentLesson(LessonContext context, DataSourceProbe dataProbe) {
        this.context = context;
        this.dataProbe = dataProbe;
        this.panel = new EnvironmentPanel(context, this::refresh, this::measureSpeed);
    }

    @Override
    public Node view() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                var thread = new Thread(r, "environment-lesson");
                thread.setDaemon(true);
                return thread;
            });
            refresh();
        }
        return panel.node();
    }

    @Override
    public void dispose() {
        if (worker != null) {
            worker.shutdownNow();
        }
        panel.dispose();
    }

    @Override
    public ObservableBooleanValue readyProperty() {
        return ready.getReadOnlyProperty();
    }

    EnvironmentPanel panel() {
        return panel;
    }

    /** Times SGEMM on every available backend on the worker thread; the panel shows the rows when done. */
    private void measureSpeed() {
        EnvironmentReport report = lastReport;
        if (worker == null || worker.isShutdown() || report == null) {
            return;
        }
        panel.showSpeeds(true, null);
        worker.submit(() -> {
            var rows = GemmSpeed.measure(GemmSpeed.available(report), GemmSpeed.SIZE);
            Platform.runLater(() -> panel.showSpeeds(false, rows));
        });
    }

    private void refresh() {
        if (worker == null || worker.isShutdown()) {
            return;
        }
        ready.set(false);
        panel.showGathering();
        var settings = context.settings().toData();
        worker.submit(() -> {
            try {
                var report = EnvironmentReport.gather(settings, dataProbe);
                Platform.runLater(() -> {
                    lastReport = report;
                    panel.show(report);
                    ready.set(true);
                });
            } catch (RuntimeException | LinkageError e) {
                Platform.runLater(() -> {
                    panel.showFailure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    ready.set(true);
                });
            }
        });
    }
}
