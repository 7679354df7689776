package io.github.dlplayground.visuals.convolution;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Exports every step as a frame: one frame is drawn per pulse on the FX thread (so the window stays
 * responsive) and encoded on one worker thread, at most two frames waiting. Reports progress 0..1 and then
 * once "done" with an error message or empty, both on the FX thread.
 */
public final class ExportJob {
    private static final int MAX_WAITING = 2;

    private final FrameRenderer renderer;
    private final FrameExport export;
    private final DoubleConsumer progress;
    private final Consumer<Optional<String>> done;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "frame-export");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private volatile String failure;
    private boolean finished;
    private int next;
    private final AnimationTimer pump = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse();
        }
    };

    private ExportJob(FrameRenderer renderer, FrameExport export, DoubleConsumer progress,
                      Consumer<Optional<String>> done) {
        this.renderer = renderer;
        this.export = export;
        this.progress = progress;
        this.done = done;
    }

    /** Starts exporting; FX thread. */
    public static ExportJob start(FrameRenderer renderer, FrameExport export, DoubleConsumer progress,
                                  Consumer<Optional<String>> done) {
        var job = new ExportJob(renderer, export, progress, done);
        job.pump.start();
        return job;
    }

    /** Stops and removes what was partly written (a GIF); PNGs already written stay. FX thread. */
    public void cancel() {
        if (!finished) {
            finish(Optional.of("cancelled"), false);
        }
    }

    private void pulse() {
        if (failure != null) {
            finish(Optional.of(failure), false);
            return;
        }
        int total = renderer.frameCount();
        if (next < total && waiting.get() < MAX_WAITING) {
            int index = next++;
            var frame = renderer.render(index);
            waiting.incrementAndGet();
            worker.execute(() -> {
                try {
                    if (failure == null) {
                        export.write(index, frame);
                        written.incrementAndGet();
                    }
                } catch (IOException | RuntimeException e) {
                    failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                } finally {
                    waiting.decrementAndGet();
                }
            });
        }
        progress.accept(written.get() / (double) total);
        if (written.get() == total) {
            finish(Optional.empty(), true);
        }
    }

    private void finish(Optional<String> message, boolean complete) {
        finished = true;
        pump.stop();
        worker.execute(() -> {
            String error = message.orElse(null);
            try {
                if (complete) {
                    export.finish();
                }
                export.close();
            } catch (IOException e) {
                error = e.getMessage();
            }
            String result = error;
            Platform.runLater(() -> done.accept(Optional.ofNullable(result)));
        });
        worker.shutdown();
    }
}
