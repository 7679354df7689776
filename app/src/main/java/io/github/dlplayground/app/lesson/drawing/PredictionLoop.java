package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.engine.digits.Classification;
import io.github.dlplayground.engine.digits.DrawingClassifier;
import io.github.dlplayground.visuals.drawing.DrawingPadModel;
import io.github.dlplayground.visuals.fx.LatestValueMailbox;
import io.github.dlplayground.visuals.fx.RateLimiter;
import javafx.animation.AnimationTimer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Live prediction: once per pulse the FX thread looks whether the pad changed; at most 30 times a second,
 * and only while the worker is idle, it hands a copy of the ink to one worker thread, which preprocesses
 * and classifies it; the result returns through a {@link LatestValueMailbox}. A drawing that changes while
 * the worker is busy is picked up as soon as it is free, so the last stroke is always classified.
 */
final class PredictionLoop {
    /** What the FX side receives: the classification (or why there is none) and the classifier that made it. */
    record Result(DrawingClassifier classifier, long padVersion, Classification classification, String error) {
    }

    private final DrawingPadModel pad;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "drawing-prediction");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final RateLimiter limiter = new RateLimiter(30);
    private final LatestValueMailbox<Result> mailbox;
    private final AnimationTimer timer;
    private volatile DrawingClassifier classifier;
    private long submittedVersion = -1;
    private long updates;
    private long totalNanos;

    /** @param onResult runs on the FX thread with each new result of the current classifier */
    PredictionLoop(DrawingPadModel pad, Consumer<Result> onResult) {
        this.pad = pad;
        this.mailbox = new LatestValueMailbox<>(result -> {
            if (result.classifier() == classifier) {
                if (result.classification() != null) {
                    updates++;
                    totalNanos += result.classification().nanos();
                }
                onResult.accept(result);
            }
        });
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
    }

    void start() {
        timer.start();
    }

    /** Switches to another classifier (null: none) and classifies the drawing again. FX thread. */
    void setClassifier(DrawingClassifier classifier) {
        this.classifier = classifier;
        submittedVersion = -1;
    }

    DrawingClassifier classifier() {
        return classifier;
    }

    /** Mean compute time per update so far (ms), NaN before the first. */
    double meanMillis() {
        return updates == 0 ? Double.NaN : totalNanos / 1e6 / updates;
    }

    private void pulse(long now) {
        DrawingClassifier current = classifier;
        long version = pad.version();
        if (current == null || version == submittedVersion || busy.get() || !limiter.tryAcquire(now)) {
            return;
        }
        submittedVersion = version;
        busy.set(true);
        var drawing = pad.snapshot();
        worker.execute(() -> {
            try {
                mailbox.offer(new Result(current, version, current.classify(drawing), null));
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                mailbox.offer(new Result(current, version, null, message));
            } finally {
                busy.set(false);
            }
        });
    }

    /** Stops the timer and the worker thread. */
    void dispose() {
        timer.stop();
        worker.shutdownNow();
    }
}
