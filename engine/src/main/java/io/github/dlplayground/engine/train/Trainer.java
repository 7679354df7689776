package io.github.dlplayground.engine.train;

import io.github.dlplayground.engine.backend.cuda.FallbackTraining;
import io.github.dlplayground.engine.backend.cuda.TrainingStep;
import io.github.dlplayground.engine.data.Batches;
import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.data.Split;
import io.github.dlplayground.engine.loss.SoftmaxCrossEntropy;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.optim.Optimizer;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.SpecException;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains a network for classification with softmax cross-entropy: for each epoch, for each shuffled minibatch,
 * forward → loss → backward → optimizer step (minibatch stochastic gradient descent, 小批量随机梯度下降, or any
 * optimizer of the config), then an evaluation. The learning rate of epoch e is the config's schedule applied
 * to the base rate.
 * <p>Threads: {@link #fit} and {@link #trainBatch} run on the caller's thread (the training thread — never
 * the UI thread) and call the listener there. {@link #requestStop()}, {@link #pause()}, {@link #resume()} and
 * {@link #setLearningRate(double)} may be called from any thread: a stop or pause takes effect before the next
 * minibatch (or evaluation batch), a new learning rate at the next step.
 */
public final class Trainer implements AutoCloseable {
    private final Sequential network;
    private final TrainingConfig config;
    private final Optimizer optimizer;
    private final SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
    private final Object pauseLock = new Object();
    private volatile boolean stopRequested;
    private boolean paused;
    private volatile double baseLr;
    private long steps;
    /** Where the steps run when not on the host network: the GPU, falling back to the host. */
    private FallbackTraining device;

    /** Result of one optimizer step; {@code divergence} is non-null (and no step was taken) when the loss was not finite. */
    public record StepResult(long step, double loss, double accuracy, Divergence divergence) {
        public boolean diverged() {
            return divergence != null;
        }
    }

    /** Builds the optimizer of {@code config} over the network's parameters. */
    public Trainer(Sequential network, TrainingConfig config) {
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new SpecException("training: " + problems.get(0));
        }
        this.network = network;
        this.config = config;
        this.optimizer = config.optimizer().create(network.parameters());
        this.baseLr = config.lr();
        // No one reads ∂loss/∂input of the first layer during training; skipping it saves a matrix product.
        network.computeInputGradient(false);
    }

    public Sequential network() {
        return network;
    }

    public TrainingConfig config() {
        return config;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /**
     * Runs the steps of {@link #fit} and {@link #trainBatch} on the GPU from now on — the network, its gradients
     * and the optimizer state stay there, each minibatch goes up and its loss comes down — while a GPU can
     * ({@link FallbackTraining}); the host network gets the weights for every evaluation and at the end.
     * Returns null when the GPU trains, else one sentence saying why the CPU does. {@link #close()} frees the GPU.
     */
    public String trainOnGpu(NetworkSpec spec) {
        close();
        device = FallbackTraining.start(spec, network, optimizer, config.seed(), new HostStep());
        return device.note();
    }

    /** Null while the steps run on the GPU or were never sent there; else why the CPU trains. */
    public String gpuNote() {
        return device == null ? null : device.note();
    }

    /**
     * Frees the GPU after {@link #trainOnGpu}; closing it brings the last weights to the host network first. Later
     * steps run here.
     */
    @Override
    public void close() {
        if (device != null) {
            device.close();
            device = null;
        }
    }

    /** Optimizer steps taken so far. */
    public long steps() {
        return steps;
    }

    /**
     * Trains for the config's epochs on {@code trainFull} (cut to the training-set size, minus the validation
     * share) and evaluates each epoch on the validation set, or on {@code test} when none is held out. A stop
     * requested before this call starts is forgotten.
     */
    public TrainingResult fit(Dataset trainFull, Dataset test, TrainingListener listener) {
        stopRequested = false;
        Split split = Split.of(trainFull, config.trainingSetSize(), config.validationFraction(), config.seed());
        Dataset train = split.train();
        if (train.size() == 0) {
            throw new SpecException("training: no training examples are left (training_set_size "
                    + config.trainingSetSize() + ", validation_fraction " + config.validationFraction()
                    + ") — use more examples or a smaller validation share");
        }
        Dataset eval = split.validation().size() > 0 ? split.validation() : test;
        var batches = new Batches(train, config.batchSize(), config.seed(), true);
        int epochs = config.epochs();
        listener.started(new TrainingEvent.Started(epochs, batches.batchCount(), train.size(), eval.name(), eval.size()));
        List<EpochMetrics> history = new ArrayList<>();
        Evaluation lastEval = null;
        for (int epoch = 0; epoch < epochs; epoch++) {
            batches.startEpoch(epoch);
            long start = System.nanoTime();
            double lossSum = 0;
            double correct = 0;
            int seen = 0;
            double lr = config.schedule().lr(baseLr, epoch, epochs);
            for (int b = 0; b < batches.batchCount(); b++) {
                if (!awaitRunnable(listener)) {
                    return finish(listener, TrainingResult.Status.STOPPED, history, lastEval, eval, test, null);
                }
                lr = config.schedule().lr(baseLr, epoch, epochs);
                optimizer.setLearningRate(lr);
                Batches.Batch batch = batches.batch(b);
                StepResult r = step(batch.images(), batch.labels(), epoch + 1, b + 1);
                if (r.diverged()) {
                    return finish(listener, TrainingResult.Status.DIVERGED, history, lastEval, eval, test,
                            r.divergence());
                }
                lossSum += r.loss() * batch.size();
                correct += r.accuracy() * batch.size();
                seen += batch.size();
                listener.batchFinished(new TrainingEvent.BatchFinished(epoch + 1, b + 1, batches.batchCount(), r.step(),
                        r.loss(), r.accuracy(), lr));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            copyWeightsToHost();
            long evalStart = System.nanoTime();
            Evaluation evaluation = Evaluator.evaluate(network, eval, () -> stopRequested);
            if (evaluation == null) {
                return finish(listener, TrainingResult.Status.STOPPED, history, lastEval, eval, test, null);
            }
            lastEval = evaluation;
            var metrics = new EpochMetrics(epoch + 1, lossSum / seen, correct / seen, eval.name(), evaluation.loss(),
                    evaluation.accuracy(), seconds, (System.nanoTime() - evalStart) / 1e9, lr);
            history.add(metrics);
            listener.epochFinished(new TrainingEvent.EpochFinished(epochs, metrics, evaluation));
        }
        return finish(listener, TrainingResult.Status.COMPLETED, history, lastEval, eval, test, null);
    }

    /**
     * One optimizer step on one minibatch (images [N, …], labels [N]) at the current learning rate, for lessons
     * that step by hand. When the loss is NaN or ∞ no step is taken and the result says so.
     */
    public StepResult trainBatch(Tensor images, int[] labels) {
        optimizer.setLearningRate(baseLr);
        StepResult result = step(images, labels, 0, 0);
        copyWeightsToHost();
        return result;
    }

    private StepResult step(Tensor images, int[] labels, int epoch, int batch) {
        TrainingStep.Outcome outcome = device != null ? device.step(images, labels) : hostStep(images, labels);
        if (!outcome.updated()) {
            var d = Divergence.at(steps + 1, epoch, batch, outcome.loss(), optimizer.learningRate(),
                    config.optimizer().displayName());
            return new StepResult(steps, outcome.loss(), outcome.accuracy(), d);
        }
        steps++;
        return new StepResult(steps, outcome.loss(), outcome.accuracy(), null);
    }

    /** Forward, loss and accuracy on the host network; backward and update when the loss is finite. */
    private TrainingStep.Outcome hostStep(Tensor images, int[] labels) {
        Tensor logits = network.forward(images, true);
        float l = loss.forward(logits, labels);
        int k = logits.shape().dim(1);
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (Evaluator.argmax(logits.data(), i * k, k) == labels[i]) {
                correct++;
            }
        }
        double accuracy = labels.length == 0 ? Double.NaN : (double) correct / labels.length;
        if (!Float.isFinite(l)) {
            return new TrainingStep.Outcome(l, accuracy, false);
        }
        optimizer.zeroGrad();
        network.backward(loss.backward());
        optimizer.step();
        return new TrainingStep.Outcome(l, accuracy, true);
    }

    /** The host network's step, what {@link FallbackTraining} falls back on. */
    private final class HostStep implements TrainingStep {
        @Override
        public Outcome step(Tensor images, int[] labels) {
            return hostStep(images, labels);
        }

        @Override
        public void copyWeightsToHost() {
        }

        @Override
        public void close() {
        }
    }

    private void copyWeightsToHost() {
        if (device != null) {
            device.copyWeightsToHost();
        }
    }

    private TrainingResult finish(TrainingListener listener, TrainingResult.Status status, List<EpochMetrics> history,
                                  Evaluation lastEval, Dataset eval, Dataset test, Divergence divergence) {
        copyWeightsToHost();
        Evaluation finalTest = null;
        if (!history.isEmpty()) {
            finalTest = eval == test ? lastEval : Evaluator.evaluate(network, test);
        }
        var result = new TrainingResult(status, history, finalTest, steps, divergence);
        listener.finished(result);
        return result;
    }

    /** Waits while paused; false when a stop was requested (or the thread interrupted). */
    private boolean awaitRunnable(TrainingListener listener) {
        boolean waited = false;
        synchronized (pauseLock) {
            if (paused && !stopRequested) {
                waited = true;
            }
        }
        if (waited) {
            listener.pauseChanged(new TrainingEvent.PauseChanged(true));
            synchronized (pauseLock) {
                while (paused && !stopRequested) {
                    try {
                        pauseLock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        stopRequested = true;
                    }
                }
            }
            listener.pauseChanged(new TrainingEvent.PauseChanged(false));
        }
        return !stopRequested;
    }

    /** Ends {@link #fit} before its next minibatch (any thread). */
    public void requestStop() {
        stopRequested = true;
        synchronized (pauseLock) {
            pauseLock.notifyAll();
        }
    }

    /** Holds {@link #fit} before its next minibatch until {@link #resume()} or {@link #requestStop()} (any thread). */
    public void pause() {
        synchronized (pauseLock) {
            paused = true;
        }
    }

    public void resume() {
        synchronized (pauseLock) {
            paused = false;
            pauseLock.notifyAll();
        }
    }

    public boolean isPaused() {
        synchronized (pauseLock) {
            return paused;
        }
    }

    /** Sets the base learning rate (before the schedule) from any thread; used from the next step on. */
    public void setLearningRate(double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, got " + lr);
        }
        baseLr = lr;
    }

    /** The base learning rate (before the schedule). */
    public double learningRate() {
        return baseLr;
    }
}
