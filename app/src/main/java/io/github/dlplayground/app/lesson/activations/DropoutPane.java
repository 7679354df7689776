package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.I18n;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * Dropout made visible: the probability p, play / pause / step / reset, the speed, and training vs
 * inference mode; the view shows which units the engine's Dropout zeroes at every step and how the running
 * mean of h′ settles at h. The animation runs only while playing and while its tab is showing.
 */
final class DropoutPane {
    private final LessonContext context;
    private final DropoutModel model = new DropoutModel(0.5, 7);
    private final DropoutView dropoutView;
    private final DropoutAnimator animator;
    private final Slider probability = new Slider(0, 0.9, 0.5);
    private final Button play;
    private final Label readout = new Label();
    private final ObservableBooleanValue showing;
    private final InvalidationListener relabel = o -> refresh();
    private final InvalidationListener showingChanged = o -> updateTimer();
    private final Node view;
    private boolean playing;

    DropoutPane(LessonContext context, ObservableBooleanValue showing) {
        this.context = context;
        this.showing = showing;
        I18n i18n = context.i18n();
        dropoutView = new DropoutView(context, model);
        animator = new DropoutAnimator(model, this::refresh);
        probability.setMajorTickUnit(0.05);
        probability.setMinorTickCount(0);
        probability.setSnapToTicks(true);
        probability.valueProperty().addListener((o, a, v) -> {
            double p = Math.round(v.doubleValue() * 20) / 20.0;
            if (p != model.probability()) {
                model.setProbability(p);
                refresh();
            }
        });
        var speed = new Slider(1, 20, 3);
        speed.valueProperty().addListener((o, a, v) -> animator.setStepsPerSecond(v.doubleValue()));
        play = Controls.button(i18n, "mdi2p-play", "activations.dropout.play", "activations.dropout.play.tip",
                this::togglePlay);
        var step = Controls.button(i18n, "mdi2s-step-forward", "activations.dropout.step",
                "activations.dropout.step.tip", () -> {
                    model.step();
                    refresh();
                });
        var reset = Controls.button(i18n, "mdi2r-restart", "activations.dropout.reset",
                "activations.dropout.reset.tip", () -> {
                    model.reset();
                    refresh();
                });
        var modes = new ToggleGroup();
        var train = new RadioButton();
        train.textProperty().bind(i18n.bind("activations.dropout.training"));
        Controls.tooltip(i18n, train, "activations.dropout.training.tip");
        var inference = new RadioButton();
        inference.textProperty().bind(i18n.bind("activations.dropout.inference"));
        Controls.tooltip(i18n, inference, "activations.dropout.inference.tip");
        train.setToggleGroup(modes);
        inference.setToggleGroup(modes);
        train.setSelected(true);
        modes.selectedToggleProperty().addListener((o, a, t) -> {
            model.setTraining(t == train);
            refresh();
        });
        var studio = Controls.label(i18n, "activations.dropout.studio");
        studio.getStyleClass().add("text-muted");
        studio.setGraphic(new FontIcon("mdi2f-flask-outline"));
        readout.setWrapText(true);
        var controls = new VBox(8, Controls.heading(i18n, "activations.dropout.title"),
                Controls.slider(i18n, probability, "activations.dropout.p", "activations.dropout.p.tip",
                        v -> String.format(Locale.ROOT, "%.2f", model.probability())),
                new FlowPane(8, 8, play, step, reset),
                Controls.slider(i18n, speed, "activations.dropout.speed", "activations.dropout.speed.tip",
                        v -> String.format(Locale.ROOT, "%.0f", v)),
                new VBox(4, train, inference), readout, new Separator(), studio);
        dropoutView.setPrefSize(600, 560);
        view = Controls.page(context, controls, dropoutView);
        showing.addListener(new WeakInvalidationListener(showingChanged));
        i18n.localeProperty().addListener(new WeakInvalidationListener(relabel));
        refresh();
    }

    Node view() {
        return view;
    }

    DropoutModel model() {
        return model;
    }

    DropoutAnimator animator() {
        return animator;
    }

    Slider probabilitySlider() {
        return probability;
    }

    Label readout() {
        return readout;
    }

    boolean playing() {
        return playing;
    }

    void togglePlay() {
        playing = !playing;
        play.textProperty().bind(context.i18n().bind(playing ? "activations.dropout.pause" : "activations.dropout.play"));
        play.setGraphic(new FontIcon(playing ? "mdi2p-pause" : "mdi2p-play"));
        updateTimer();
    }

    void dispose() {
        playing = false;
        animator.stop();
    }

    private void updateTimer() {
        if (playing && showing.get()) {
            animator.start();
        } else {
            animator.stop();
        }
    }

    private void refresh() {
        I18n i18n = context.i18n();
        if (!model.training()) {
            readout.setText(i18n.get("activations.dropout.readout.inference"));
        } else {
            double meanOut = 0;
            double meanH = 0;
            for (int i = 0; i < model.units(); i++) {
                meanOut += model.runningMean(i) / model.units();
                meanH += DropoutModel.ACTIVATIONS[i] / model.units();
            }
            readout.setText(i18n.get("activations.dropout.readout", String.valueOf(model.steps()),
                    String.valueOf(model.keptCount()), String.valueOf(model.units()),
                    String.format(Locale.ROOT, "%.2f", model.keptScale()),
                    String.format(Locale.ROOT, "%.3f", meanOut), String.format(Locale.ROOT, "%.3f", meanH)));
        }
        dropoutView.markDirty();
    }
}
