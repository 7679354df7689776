package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.data.DataException;
import io.github.dlplayground.engine.data.DataSource;
import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.data.LoadedData;
import io.github.dlplayground.engine.data.Split;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.train.EpochMetrics;
import io.github.dlplayground.engine.train.Trainer;
import io.github.dlplayground.engine.train.TrainingEvent;
import io.github.dlplayground.engine.train.TrainingResult;
import io.github.dlplayground.visuals.dropout.DropoutSnapshot;
import io.github.dlplayground.visuals.fx.LatestValueMailbox;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs training for the studio on its own thread and brings the results to the FX thread: the state, progress,
 * batch losses, epoch reports, looks inside the network and the watched dropout mask (the frequent ones through
 * latest-value mailboxes, at most 30 a second), the data source, the finished result and the trained model.
 * Public methods: FX thread only. One worker thread does all network work, so the network is never touched by
 * two threads.
 */
final class TrainingSession {
    enum State { IDLE, LOADING, RUNNING, PAUSED, STOPPING }

    /** Listeners on the FX thread. */
    interface Listener {
        default void started(TrainingEvent.Started e, boolean continued) {
        }

        default void batches(double[][] stepLossAccuracy) {
        }

        default void epoch(EpochReport report) {
        }

        default void inside(InsideSnapshot snapshot) {
        }

        default void dropout(DropoutSnapshot snapshot) {
        }

        default void finished(TrainingResult result) {
        }

        default void failed(String message) {
        }
    }

    private final StudioData data;
    private final String backend;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studio-training");
        t.setDaemon(true);
        return t;
    });
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    private final ObjectProperty<Progress> progress = new SimpleObjectProperty<>();
    private final ObjectProperty<DataSource> source = new SimpleObjectProperty<>();
    private final ObjectProperty<TrainedModel> trained = new SimpleObjectProperty<>();
    private final List<Listener> listeners = new ArrayList<>();
    private final ConcurrentLinkedQueue<double[]> batchQueue = new ConcurrentLinkedQueue<>();
    private final LatestValueMailbox<Progress> progressBox = new LatestValueMailbox<>(this::deliverProgress);
    private final LatestValueMailbox<InsideSnapshot> insideBox = new LatestValueMailbox<>(
            s -> each(l -> l.inside(s)));
    private final LatestValueMailbox<DropoutSnapshot> dropoutBox = new LatestValueMailbox<>(
            s -> each(l -> l.dropout(s)));
    private volatile Trainer trainer;
    private volatile TrainingProbe probe;
    private volatile boolean stopping;
    private volatile int watchedDropout = -1;
    private volatile int chosenImage;
    private boolean disposed;

    TrainingSession(StudioData data, String backend) {
        this.data = data;
        this.backend = backend;
    }

    ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress;
    }

    ReadOnlyObjectProperty<DataSource> sourceProperty() {
        return source;
    }

    /** The last trained or loaded model, null before there is one. */
    ObjectProperty<TrainedModel> trainedProperty() {
        return trained;
    }

    void addListener(Listener l) {
        listeners.add(l);
    }

    /** Optimizer steps of the run in progress (−1 when none); read while paused it is exact. */
    long steps() {
        Trainer t = trainer;
        return t == null ? -1 : t.steps();
    }

    /** Loads the data in the background so the data source shows before the first run. */
    void loadData() {
        worker.submit(() -> {
            try {
                LoadedData d = data.get();
                Platform.runLater(() -> source.set(d.source()));
            } catch (DataException e) {
                Platform.runLater(() -> each(l -> l.failed(e.getMessage())));
            }
        });
    }

    /**
     * Trains {@code spec} with {@code config}: new weights from the seed, or (when {@code from} is given and has
     * the same spec) more epochs on the weights it has.
     */
    void start(NetworkSpec spec, TrainingConfig config, TrainedModel from) {
        if (state.get() != State.IDLE || disposed) {
            return;
        }
        stopping = false;
        state.set(State.LOADING);
        progress.set(null);
        boolean continued = from != null && from.spec().equals(spec);
        worker.submit(() -> run(spec, config, continued ? from : null));
    }

    void pause() {
        Trainer t = trainer;
        if (t != null && state.get() == State.RUNNING) {
            t.pause();
        }
    }

    void resume() {
        Trainer t = trainer;
        if (t != null) {
            t.resume();
        }
    }

    /** Stops before the next minibatch (or evaluation batch). */
    void stop() {
        stopping = true;
        Trainer t = trainer;
        if (t != null) {
            t.requestStop();
        }
        if (state.get() == State.RUNNING || state.get() == State.PAUSED) {
            state.set(State.STOPPING);
        }
    }

    /** Shows the mask of Dropout layer {@code layer} (−1: none) while training. */
    void watchDropout(int layer) {
        watchedDropout = layer;
        TrainingProbe p = probe;
        if (p != null) {
            p.watchDropout(layer);
        }
    }

    /** Chooses the evaluated image whose feature maps to show; recomputed at once when no training runs. */
    void chooseImage(int index) {
        chosenImage = index;
        TrainingProbe p = probe;
        if (p != null) {
            p.chooseImage(index);
            if (state.get() == State.IDLE) {
                worker.submit(() -> insideBox.offer(p.inside(-1, false)));
            }
        }
    }

    /**
     * Makes a loaded model the current one: its feature maps are shown for the test images, and Continue trains
     * it further.
     */
    void adopt(TrainedModel model) {
        trained.set(model);
        worker.submit(() -> {
            try {
                LoadedData d = data.get();
                useBackend(model.network());
                var p = new TrainingProbe(model.network(), model.spec(), d.test(), model.training().batchSize(),
                        new Sink(true), () -> stopping, System::nanoTime);
                p.chooseImage(Math.min(chosenImage, d.test().size() - 1));
                probe = p;
                Platform.runLater(() -> source.set(d.source()));
                insideBox.offer(p.inside(-1, false));
            } catch (DataException | RuntimeException e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> each(l -> l.failed(message)));
            }
        });
    }

    /** Runs {@code task} on the training thread when it is free (e.g. copying weights into a model file). */
    void onWorker(Runnable task) {
        worker.submit(task);
    }

    void dispose() {
        disposed = true;
        stop();
        worker.shutdownNow();
    }

    private void run(NetworkSpec spec, TrainingConfig config, TrainedModel from) {
        try {
            LoadedData d = data.get();
            Platform.runLater(() -> source.set(d.source()));
            Sequential network = from != null ? from.network() : NetworkBuilder.build(spec, config.init(), config.seed());
            useBackend(network);
            Split split = Split.of(d.train(), config.trainingSetSize(), config.validationFraction(), config.seed());
            Dataset eval = split.validation().size() > 0 ? split.validation() : d.test();
            var t = new Trainer(network, config);
            var p = new TrainingProbe(network, spec, eval, config.batchSize(), new Sink(from != null),
                    () -> stopping, System::nanoTime);
            p.watchDropout(watchedDropout);
            p.chooseImage(Math.min(chosenImage, eval.size() - 1));
            trainer = t;
            probe = p;
            if (stopping) {
                t.requestStop();
            }
            TrainingResult result = t.fit(d.train(), d.test(), p);
            List<EpochMetrics> history = new ArrayList<>(from != null ? from.history() : List.of());
            history.addAll(result.history());
            var model = new TrainedModel(spec, config, network, history,
                    result.finalTest() != null ? result.finalTest() : from != null ? from.finalTest() : null, d.source());
            Platform.runLater(() -> {
                drainBatches();
                if (!history.isEmpty()) {
                    trained.set(model);
                }
                state.set(State.IDLE);
                each(l -> l.finished(result));
            });
        } catch (DataException | RuntimeException | Error e) {
            // whatever went wrong, the studio leaves the running state and says so; it never hangs
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            Platform.runLater(() -> {
                state.set(State.IDLE);
                each(l -> l.failed(message));
            });
            if (e instanceof Error error && !(e instanceof AssertionError)) {
                throw error;
            }
        } finally {
            trainer = null;
        }
    }

    private void useBackend(Sequential network) {
        try {
            network.useBackend(Backends.select(backend == null ? "auto" : backend));
        } catch (RuntimeException e) {
            network.useBackend(Backends.defaultBackend());
        }
    }

    private void deliverProgress(Progress p) {
        drainBatches();
        progress.set(p);
    }

    private void drainBatches() {
        if (batchQueue.isEmpty()) {
            return;
        }
        List<double[]> out = new ArrayList<>();
        for (double[] b; (b = batchQueue.poll()) != null; ) {
            out.add(b);
        }
        double[][] array = out.toArray(new double[0][]);
        each(l -> l.batches(array));
    }

    private void each(Consumer<Listener> call) {
        if (!disposed) {
            for (Listener l : List.copyOf(listeners)) {
                call.accept(l);
            }
        }
    }

    /** The probe's deliveries, handed to the FX thread. */
    private final class Sink implements TrainingSink {
        private final boolean continued;

        Sink(boolean continued) {
            this.continued = continued;
        }

        @Override
        public void started(TrainingEvent.Started e) {
            Platform.runLater(() -> {
                if (state.get() == State.LOADING) {
                    state.set(State.RUNNING);
                }
                each(l -> l.started(e, continued));
            });
        }

        @Override
        public void progress(Progress p, double[][] batches) {
            java.util.Collections.addAll(batchQueue, batches);
            progressBox.offer(p);
        }

        @Override
        public void epoch(EpochReport report) {
            Platform.runLater(() -> {
                drainBatches();
                each(l -> l.epoch(report));
            });
        }

        @Override
        public void inside(InsideSnapshot snapshot) {
            insideBox.offer(snapshot);
        }

        @Override
        public void dropout(DropoutSnapshot snapshot) {
            dropoutBox.offer(snapshot);
        }

        @Override
        public void paused(boolean paused) {
            Platform.runLater(() -> {
                if (state.get() == State.RUNNING || state.get() == State.PAUSED) {
                    state.set(paused ? State.PAUSED : State.RUNNING);
                }
            });
        }

        @Override
        public void finished(TrainingResult result) {
            // the session reports the end once fit has returned and the trained model is known
        }
    }
}
