package io.github.dlplayground.app.lesson.convolution;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.convolution.ConvolutionAnimator;
import io.github.dlplayground.visuals.convolution.ConvolutionModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * Start, step back, play/pause, step forward, end, the speed in steps per second and "Step k of n".
 * FX thread only.
 */
final class PlaybackBar {
    private final ConvolutionModel model;
    private final ConvolutionAnimator animator;
    private final I18n i18n;
    private final Button toStart;
    private final Button back;
    private final Button play;
    private final Button forward;
    private final Button toEnd;
    private final Slider speed = new Slider(0.25, 8, 1.5);
    private final Label speedValue = new Label();
    private final Label stepLabel = new Label();
    private final HBox node;
    private final Runnable onModelChange = this::update;

    PlaybackBar(ConvolutionModel model, ConvolutionAnimator animator, LocaleWatch locale, Node extra) {
        this.model = model;
        this.animator = animator;
        this.i18n = locale.i18n();
        toStart = Widgets.iconButton(i18n, "convolution.toStart", "mdi2s-skip-previous");
        back = Widgets.iconButton(i18n, "convolution.stepBack", "mdi2s-step-backward");
        play = Widgets.iconButton(i18n, "convolution.play", "mdi2p-play");
        forward = Widgets.iconButton(i18n, "convolution.stepForward", "mdi2s-step-forward");
        toEnd = Widgets.iconButton(i18n, "convolution.toEnd", "mdi2s-skip-next");
        toStart.setId("conv-start");
        back.setId("conv-back");
        play.setId("conv-play");
        forward.setId("conv-forward");
        toEnd.setId("conv-end");
        stepLabel.setId("conv-step");
        toStart.setOnAction(e -> {
            animator.pause();
            model.setStep(0);
        });
        back.setOnAction(e -> stepBack());
        forward.setOnAction(e -> stepForward());
        toEnd.setOnAction(e -> {
            animator.pause();
            model.setStep(model.stepCount());
        });
        play.setOnAction(e -> {
            if (animator.playingProperty().get()) {
                animator.pause();
            } else {
                animator.play();
            }
        });
        speed.setPrefWidth(140);
        speed.setTooltip(Widgets.tooltip(i18n, "convolution.speed.tooltip"));
        speed.valueProperty().bindBidirectional(animator.speedProperty());
        speed.valueProperty().addListener(o -> update());
        animator.playingProperty().addListener(o -> update());
        locale.onChange(() -> update());
        model.addListener(onModelChange);
        var speedTitle = Widgets.text(i18n, "convolution.speed");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        node = new HBox(8, toStart, back, play, forward, toEnd, stepLabel, spacer, speedTitle, speed, speedValue);
        if (extra != null) {
            node.getChildren().add(0, extra);
        }
        node.setAlignment(Pos.CENTER_LEFT);
        node.getStyleClass().add("convolution-playback");
        update();
    }

    Node node() {
        return node;
    }

    void stepForward() {
        animator.pause();
        model.stepForward();
    }

    void stepBack() {
        animator.pause();
        model.stepBack();
    }

    void dispose() {
        model.removeListener(onModelChange);
        speed.valueProperty().unbindBidirectional(animator.speedProperty());
    }

    private void update() {
        boolean playing = animator.playingProperty().get();
        ((FontIcon) play.getGraphic()).setIconLiteral(playing ? "mdi2p-pause" : "mdi2p-play");
        play.accessibleTextProperty().bind(i18n.bind(playing ? "convolution.pause" : "convolution.play"));
        stepLabel.setText(i18n.get("convolution.step", String.valueOf(model.step()),
                String.valueOf(model.stepCount())));
        speedValue.setText(i18n.get("convolution.speed.value", String.format(Locale.ROOT, "%.2f", speed.getValue())
                .replaceAll("0+$", "").replaceAll("\\.$", "")));
        back.setDisable(model.step() == 0);
        toStart.setDisable(model.step() == 0);
        forward.setDisable(model.step() >= model.stepCount());
        toEnd.setDisable(model.step() >= model.stepCount());
    }
}
