package io.github.dlplayground.app.lesson.linreg;

import io.github.dlplayground.app.lesson.gradient.NumberControl;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.surface.RaceAnimator;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The linear-regression sidebar: the data (true w, b, σ, n, seed, new data) and the training (batch size
 * from 1 to n, learning rate, epochs, speed, train / pause / step / reset). FX thread only.
 */
final class LinregControls extends VBox {
    private static final double LABEL = 92;

    private final I18n i18n;
    private final LinregModel model;
    private final RaceAnimator animator;
    private final NumberControl trueW;
    private final NumberControl trueB;
    private final NumberControl sigma;
    private final NumberControl n;
    private final NumberControl seed;
    private final NumberControl batch;
    private final NumberControl lr;
    private final NumberControl epochs;
    private final Button play = new Button();
    private final Slider speed = new Slider(0, Math.log10(500), Math.log10(20));
    private final Label speedValue = new Label();

    LinregControls(I18n i18n, LinregModel model, RaceAnimator animator) {
        this.i18n = i18n;
        this.model = model;
        this.animator = animator;
        trueW = number("linreg.truew", -5, 5, false, LinregModel.TRUE_W, LABEL);
        trueB = number("linreg.trueb", -10, 10, false, LinregModel.TRUE_B, LABEL);
        sigma = number("linreg.sigma", 0, 3, false, LinregModel.SIGMA, LABEL);
        n = number("linreg.n", 1, 4, true, LinregModel.N, LABEL);
        seed = number("linreg.seed", 0, 999, false, LinregModel.SEED, LABEL);
        sigma.setValidator(v -> v >= 0 && Double.isFinite(v) ? null : i18n.get("linreg.invalid.nonnegative"));
        trueW.setValidator(v -> Double.isFinite(v) ? null : i18n.get("linreg.invalid.number"));
        trueB.setValidator(v -> Double.isFinite(v) ? null : i18n.get("linreg.invalid.number"));
        n.setInteger(true);
        n.setValidator(v -> v >= 1 && v <= 10000 ? null : i18n.get("linreg.invalid.int", 1, 10000));
        seed.setInteger(true);
        seed.setValidator(v -> Math.abs(v) < 1e15 ? null : i18n.get("linreg.invalid.number"));
        var generate = button("linreg.generate", "mdi2d-dice-multiple-outline");
        generate.setOnAction(e -> {
            animator.pause();
            model.generate(trueW.get(), trueB.get(), sigma.get(), (int) n.get(), (long) seed.get());
        });
        var dataTitle = title("linreg.data");
        var dataTip = new Tooltip();
        dataTip.textProperty().bind(i18n.bind("linreg.data.tooltip"));
        dataTitle.setTooltip(dataTip);

        batch = number("linreg.batch", 0, 3, true, LinregModel.BATCH, LABEL);
        batch.setInteger(true);
        batch.setValidator(v -> v >= 1 && v <= model.data().size() ? null
                : i18n.get("linreg.invalid.int", 1, model.data().size()));
        batch.valueProperty().addListener((o, was, now) -> model.setBatchSize(now.intValue()));
        lr = number("linreg.lr", 1e-3, 3, true, LinregModel.LR, LABEL);
        lr.setValidator(v -> v > 0 && Double.isFinite(v) ? null : i18n.get("linreg.invalid.positive"));
        lr.valueProperty().addListener((o, was, now) -> model.setLearningRate(now.doubleValue()));
        epochs = number("linreg.epochs", 1, 20, false, LinregModel.EPOCHS, LABEL);
        epochs.setInteger(true);
        epochs.setValidator(v -> v >= 1 && v <= 1000 ? null : i18n.get("linreg.invalid.int", 1, 1000));
        epochs.valueProperty().addListener((o, was, now) -> model.setEpochs(now.intValue()));
        play.setId("train");
        var step = button("linreg.step", "mdi2s-skip-next");
        step.setId("linreg-step");
        step.setOnAction(e -> {
            animator.pause();
            model.step();
        });
        var reset = button("linreg.reset", "mdi2r-restart");
        reset.setId("linreg-reset");
        reset.setOnAction(e -> {
            animator.pause();
            model.reset();
        });
        play.setOnAction(e -> {
            if (animator.isPlaying()) {
                animator.pause();
            } else {
                animator.play();
            }
        });
        animator.playingProperty().addListener((o, was, now) -> showPlay());
        showPlay();
        var speedLabel = new Label();
        speedLabel.textProperty().bind(i18n.bind("linreg.speed"));
        var speedTip = new Tooltip();
        speedTip.textProperty().bind(i18n.bind("linreg.speed.tooltip"));
        speed.setTooltip(speedTip);
        speed.setPrefWidth(100);
        speed.valueProperty().addListener((o, was, now) -> showSpeed());
        showSpeed();
        var trainTitle = title("linreg.training");
        // both rows wrap where the sidebar is narrow (presenter mode)
        var buttons = new javafx.scene.layout.FlowPane(8, 6, play, step, reset);
        var speedRow = new javafx.scene.layout.FlowPane(8, 6, speedLabel, speed, speedValue);
        speedRow.setAlignment(Pos.CENTER_LEFT);
        for (var node : new javafx.scene.control.Control[] {play, step, reset, speedLabel, speedValue}) {
            node.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getChildren().addAll(trainTitle, batch, lr, epochs, speedRow, buttons, new Separator(), dataTitle, trueW,
                trueB, sigma, n, seed, generate);
        setSpacing(8);
        setPrefWidth(280);
        setMinWidth(250);
    }

    private NumberControl number(String key, double min, double max, boolean log, double initial, double width) {
        return new NumberControl(i18n, key, log ? Math.pow(10, min) : min, log ? Math.pow(10, max) : max, log,
                initial, width);
    }

    private Button button(String key, String icon) {
        var b = new Button();
        b.textProperty().bind(i18n.bind(key));
        b.setGraphic(new FontIcon(icon));
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(key + ".tooltip"));
        b.setTooltip(tip);
        return b;
    }

    private Label title(String key) {
        var l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().add("title-4");
        return l;
    }

    private void showPlay() {
        String key = animator.isPlaying() ? "linreg.pause" : "linreg.play";
        play.textProperty().bind(i18n.bind(key));
        play.setGraphic(new FontIcon(animator.isPlaying() ? "mdi2p-pause" : "mdi2p-play"));
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(key + ".tooltip"));
        play.setTooltip(tip);
    }

    private void showSpeed() {
        double v = Math.round(Math.pow(10, speed.getValue()));
        model.setStepsPerSecond(v);
        speedValue.setText(i18n.get("linreg.speed.value", (int) v));
    }

    /** Keeps the batch-size limit in step with n after new data. */
    void update() {
        speedValue.setText(i18n.get("linreg.speed.value", (int) Math.round(Math.pow(10, speed.getValue()))));
        batch.slider().setMax(Math.log10(Math.max(2, model.data().size())));
        if (batch.get() > model.data().size()) {
            batch.set(model.data().size());
        }
    }

    NumberControl batch() {
        return batch;
    }

    NumberControl lr() {
        return lr;
    }

    NumberControl epochs() {
        return epochs;
    }

    NumberControl n() {
        return n;
    }

    Button playButton() {
        return play;
    }
}
