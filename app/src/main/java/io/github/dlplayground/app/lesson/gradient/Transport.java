package io.github.dlplayground.app.lesson.gradient;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.surface.RaceAnimator;
import io.github.dlplayground.visuals.surface.RaceModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The race's transport bar: play / pause, single step, reset, fit view, speed (steps per second, on a
 * log slider), gradient noise σ, and the step counter; it wraps onto a second line where the lesson is
 * narrow (presenter mode). FX thread only.
 */
final class Transport extends FlowPane {
    private final I18n i18n;
    private final javafx.beans.value.ChangeListener<java.util.Locale> localeListener = (o, was, now) -> showSpeed();
    private final RaceModel model;
    private final Button play = new Button();
    private final Button step = new Button();
    private final Button reset = new Button();
    private final Button fit = new Button();
    private final Slider speed = new Slider(0, Math.log10(200), 1);
    private final Label speedValue = new Label();
    private final NumberControl noise;
    private final Label stepCount = new Label();

    Transport(I18n i18n, RaceModel model) {
        this.i18n = i18n;
        this.model = model;
        play.setId("play");
        step.setId("step");
        reset.setId("reset");
        button(step, "gradient.step", "mdi2s-skip-next");
        button(reset, "gradient.reset", "mdi2r-restart");
        button(fit, "gradient.view.reset", "mdi2f-fit-to-page-outline");
        for (Button b : new Button[] {play, step, reset, fit}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        var speedLabel = new Label();
        speedLabel.textProperty().bind(i18n.bind("gradient.speed"));
        var speedTip = new Tooltip();
        speedTip.textProperty().bind(i18n.bind("gradient.speed.tooltip"));
        speed.setTooltip(speedTip);
        speedLabel.setTooltip(speedTip);
        speed.setPrefWidth(90);
        speed.setMinWidth(60);
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        speedValue.setMinWidth(Region.USE_PREF_SIZE);
        speed.valueProperty().addListener((o, was, now) -> showSpeed());
        // weak: the shell's I18n outlives this lesson
        i18n.localeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(localeListener));
        showSpeed();
        noise = new NumberControl(i18n, "gradient.noise", 0, 5, false, 0, 120);
        noise.setValidator(v -> v >= 0 && Double.isFinite(v) ? null : i18n.get("gradient.number.invalid"));
        noise.valueProperty().addListener((o, was, now) ->
                model.setNoise(now.doubleValue(), GradientDescentLesson.NOISE_SEED));
        noise.setPrefWidth(280);
        stepCount.setId("step-count");
        stepCount.getStyleClass().add("title-4");
        stepCount.setMinWidth(Region.USE_PREF_SIZE);
        var speedGroup = new HBox(8, speedLabel, speed, speedValue);
        speedGroup.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(new HBox(8, play, step, reset, fit), speedGroup, noise, stepCount);
        setHgap(16);
        setVgap(6);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 0, 0, 0));
    }

    private void button(Button b, String key, String icon) {
        b.textProperty().bind(i18n.bind(key));
        b.setGraphic(new FontIcon(icon));
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(key + ".tooltip"));
        b.setTooltip(tip);
    }

    /** Connects the buttons to the animator. */
    void wire(RaceAnimator animator, Runnable fitView) {
        Runnable showPlay = () -> button(play, animator.isPlaying() ? "gradient.pause" : "gradient.play",
                animator.isPlaying() ? "mdi2p-pause" : "mdi2p-play");
        animator.playingProperty().addListener((o, was, now) -> showPlay.run());
        showPlay.run();
        play.setOnAction(e -> {
            if (animator.isPlaying()) {
                animator.pause();
            } else {
                animator.play();
            }
        });
        step.setOnAction(e -> {
            animator.pause();
            model.step();
        });
        reset.setOnAction(e -> {
            animator.pause();
            model.reset();
        });
        fit.setOnAction(e -> fitView.run());
    }

    private void showSpeed() {
        double stepsPerSecond = Math.round(Math.pow(10, speed.getValue()));
        model.setStepsPerSecond(stepsPerSecond);
        speedValue.setText(i18n.get("gradient.speed.value", (int) stepsPerSecond));
    }

    void showStep(int n) {
        stepCount.setText(i18n.get("gradient.stepcount", n));
    }

    Button playButton() {
        return play;
    }

    NumberControl noise() {
        return noise;
    }

    Slider speed() {
        return speed;
    }

    String stepText() {
        return stepCount.getText();
    }
}
