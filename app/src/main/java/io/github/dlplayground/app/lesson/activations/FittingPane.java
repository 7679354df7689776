package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.fx.LatestValueMailbox;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Over- and under-fitting with the book's polynomial: sliders for degree, training-set size, weight decay
 * and epochs, three one-click scenarios, and the data with the fitted curve beside train/test loss per
 * epoch. Any change starts a new fit on a worker thread (the previous one is cancelled); progress reaches
 * the FX thread through a latest-value mailbox, paced so that a run animates for about 1.5 s.
 */
final class FittingPane {
    static final double[] WEIGHT_DECAYS = {0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1};
    private static final long ANIMATION_NANOS = 1_500_000_000L;

    private final LessonContext context;
    private final Slider degree = new Slider(1, PolynomialData.MAX_DEGREE, 3);
    private final Slider trainSize = new Slider(5, PolynomialData.MAX_TRAIN, PolynomialData.MAX_TRAIN);
    private final Slider decay = new Slider(0, WEIGHT_DECAYS.length - 1, 0);
    private final Slider epochs = new Slider(100, 2000, 1000);
    private final FitPlotView fitPlot;
    private final LossCurveView lossPlot;
    private final Label status = new Label();
    private final Label weights = new Label();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "polynomial-fit");
        thread.setDaemon(true);
        return thread;
    });
    private final LatestValueMailbox<PolynomialFit.Progress> mailbox = new LatestValueMailbox<>(this::show);
    private final InvalidationListener relabel = o -> describe();
    private final Node view;
    private long seed = 1;
    private PolynomialData data = new PolynomialData(seed);
    private PolynomialFit.Settings current;
    private PolynomialFit.Progress shown;
    private AtomicBoolean cancel = new AtomicBoolean();
    private volatile boolean paced = true;
    private final javafx.beans.property.ReadOnlyBooleanWrapper finished = new javafx.beans.property.ReadOnlyBooleanWrapper();

    FittingPane(LessonContext context) {
        this.context = context;
        I18n i18n = context.i18n();
        fitPlot = new FitPlotView(context);
        lossPlot = new LossCurveView(context);
        for (Slider slider : new Slider[] {degree, trainSize, decay, epochs}) {
            slider.setMajorTickUnit(slider == epochs ? 100 : 1);
            slider.setMinorTickCount(0);
            slider.setSnapToTicks(true);
            slider.valueChangingProperty().addListener((o, was, now) -> {
                if (!now) {
                    refit();
                }
            });
            slider.valueProperty().addListener((o, a, v) -> {
                if (!slider.isValueChanging()) {
                    refit();
                }
            });
        }
        var scenarios = new FlowPane(8, 8,
                Controls.button(i18n, "mdi2c-chart-line-variant", "activations.fit.under", "activations.fit.under.tip",
                        () -> scenario(1, PolynomialData.MAX_TRAIN)),
                Controls.button(i18n, "mdi2c-check-circle-outline", "activations.fit.right", "activations.fit.right.tip",
                        () -> scenario(3, PolynomialData.MAX_TRAIN)),
                Controls.button(i18n, "mdi2c-chart-bell-curve", "activations.fit.over", "activations.fit.over.tip",
                        () -> scenario(PolynomialData.MAX_DEGREE, 15)));
        var newData = Controls.button(i18n, "mdi2d-dice-multiple-outline", "activations.fit.newdata",
                "activations.fit.newdata.tip", () -> {
                    seed++;
                    data = new PolynomialData(seed);
                    refit();
                });
        var note = Controls.label(i18n, "activations.fit.note", String.valueOf(PolynomialFit.LEARNING_RATE),
                String.valueOf(PolynomialFit.BATCH), String.valueOf(PolynomialData.TEST));
        note.getStyleClass().add("text-muted");
        status.setWrapText(true);
        weights.setWrapText(true);
        var controls = new VBox(8, Controls.heading(i18n, "activations.fit.title"), scenarios, new Separator(),
                Controls.slider(i18n, degree, "activations.fit.degree", "activations.fit.degree.tip",
                        v -> String.valueOf(Math.round(v))),
                Controls.slider(i18n, trainSize, "activations.fit.size", "activations.fit.size.tip",
                        v -> String.valueOf(Math.round(v))),
                Controls.slider(i18n, decay, "activations.fit.decay", "activations.fit.decay.tip",
                        v -> PlotFrame.format(WEIGHT_DECAYS[(int) Math.round(v)])),
                Controls.slider(i18n, epochs, "activations.fit.epochs", "activations.fit.epochs.tip",
                        v -> String.valueOf(Math.round(v))),
                newData, status, weights, note);
        view = Controls.page(context, controls, Controls.stacked(fitPlot, 340, lossPlot, 260));
        i18n.localeProperty().addListener(new WeakInvalidationListener(relabel));
        refit();
    }

    Node view() {
        return view;
    }

    Slider degreeSlider() {
        return degree;
    }

    Slider trainSizeSlider() {
        return trainSize;
    }

    Label status() {
        return status;
    }

    /** The progress on screen (FX thread). */
    PolynomialFit.Progress shown() {
        return shown;
    }

    PolynomialFit.Settings current() {
        return current;
    }

    /** True once the fit for the current settings has run all its epochs (FX thread). */
    javafx.beans.property.ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Tests switch pacing off so that a fit finishes as fast as the engine runs. */
    void setPaced(boolean on) {
        paced = on;
    }

    void dispose() {
        cancel.set(true);
        worker.shutdownNow();
    }

    private void scenario(int polynomialDegree, int size) {
        degree.setValue(polynomialDegree);
        trainSize.setValue(size);
        decay.setValue(0);
        refit();
    }

    private void refit() {
        var settings = new PolynomialFit.Settings((int) Math.round(degree.getValue()),
                (int) Math.round(trainSize.getValue()), WEIGHT_DECAYS[(int) Math.round(decay.getValue())],
                (int) Math.round(epochs.getValue()), seed);
        if (settings.equals(current) && shown != null && shown.settings().equals(settings)) {
            return;
        }
        current = settings;
        finished.set(false);
        cancel.set(true);
        var cancelled = new AtomicBoolean();
        cancel = cancelled;
        var runData = data;
        long pause = ANIMATION_NANOS / settings.epochs();
        worker.submit(() -> PolynomialFit.fit(runData, settings, progress -> {
            mailbox.offer(progress);
            if (paced && !progress.done()) {
                LockSupport.parkNanos(pause);
            }
        }, cancelled::get));
    }

    private void show(PolynomialFit.Progress progress) {
        if (!progress.settings().equals(current)) {
            return;
        }
        shown = progress;
        finished.set(progress.done());
        fitPlot.show(data, progress.settings().trainSize(), progress);
        lossPlot.show(progress);
        describe();
    }

    private void describe() {
        I18n i18n = context.i18n();
        if (shown == null) {
            status.setText("");
            weights.setText("");
            return;
        }
        status.setText(i18n.get("activations.fit.status", String.valueOf(shown.epoch()),
                String.valueOf(shown.settings().epochs()),
                Controls.number(shown.lastTrainLoss()), Controls.number(shown.lastTestLoss())));
        double[] w = shown.weights();
        var learned = new StringBuilder();
        double norm = 0;
        for (int i = 0; i < w.length; i++) {
            norm += i == 0 ? 0 : w[i] * w[i];
            if (i < 4) {
                learned.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", w[i]).replace('-', '\u2212'));
            }
        }
        weights.setText(i18n.get("activations.fit.weights", learned.toString(), Controls.number(Math.sqrt(norm))));
        fitPlot.markDirty();
        lossPlot.markDirty();
    }
}
