package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.data.DataSource;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * Train / Continue / Pause / Resume / Stop and where training stands: epoch, batch, examples per second and the
 * time left, plus which data it uses. Train is disabled while the design or the settings cannot be used.
 * FX thread only.
 */
final class TrainingBar extends VBox {
    private final I18n i18n;
    private final TrainingSession session;
    private final Button train;
    private final Button proceed;
    private final Button pause;
    private final Button resume;
    private final Button stop;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label();
    private final Label data = new Label();
    private Object[] run;

    TrainingBar(I18n i18n, TrainingSession session, ObservableBooleanValue canTrain,
                ObservableBooleanValue canContinue, Runnable onTrain, Runnable onContinue) {
        super(4);
        this.i18n = i18n;
        this.session = session;
        getStyleClass().add("studio-training-bar");
        train = StudioUi.button(i18n, "mdi2p-play", "studio.train", "studio.train.tip");
        train.getStyleClass().add("accent");
        proceed = StudioUi.button(i18n, "mdi2p-play-speed", "studio.continue", "studio.continue.tip");
        pause = StudioUi.button(i18n, "mdi2p-pause", "studio.pause", "studio.pause.tip");
        resume = StudioUi.button(i18n, "mdi2p-play-pause", "studio.resume", "studio.resume.tip");
        stop = StudioUi.button(i18n, "mdi2s-stop", "studio.stop", "studio.stop.tip");
        var idle = Bindings.equal(session.stateProperty(), TrainingSession.State.IDLE);
        train.disableProperty().bind(idle.not().or(Bindings.not(canTrain)));
        proceed.disableProperty().bind(idle.not().or(Bindings.not(canContinue)).or(Bindings.not(canTrain)));
        pause.disableProperty().bind(Bindings.notEqual(session.stateProperty(), TrainingSession.State.RUNNING));
        resume.disableProperty().bind(Bindings.notEqual(session.stateProperty(), TrainingSession.State.PAUSED));
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> switch (session.stateProperty().get()) {
            case LOADING, RUNNING, PAUSED -> false;
            default -> true;
        }, session.stateProperty()));
        pause.visibleProperty().bind(resume.disableProperty());
        pause.managedProperty().bind(pause.visibleProperty());
        resume.visibleProperty().bind(pause.visibleProperty().not());
        resume.managedProperty().bind(resume.visibleProperty());
        train.setOnAction(e -> onTrain.run());
        proceed.setOnAction(e -> onContinue.run());
        pause.setOnAction(e -> session.pause());
        resume.setOnAction(e -> session.resume());
        stop.setOnAction(e -> session.stop());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefWidth(160);
        StudioUi.tip(bar, i18n, "studio.progress.tip");
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        var buttons = new HBox(8, train, proceed, pause, resume, stop, bar, status);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        data.setWrapText(true);
        data.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        data.setMaxWidth(Double.MAX_VALUE);
        data.getStyleClass().add("text-muted");
        getChildren().addAll(buttons, data);
        session.stateProperty().addListener(o -> refresh());
        session.progressProperty().addListener(o -> refresh());
        session.sourceProperty().addListener(o -> refresh());
        i18n.localeProperty().addListener(o -> refresh());
        refresh();
    }

    Button trainButton() {
        return train;
    }

    Button continueButton() {
        return proceed;
    }

    Button pauseButton() {
        return pause;
    }

    Button resumeButton() {
        return resume;
    }

    Button stopButton() {
        return stop;
    }

    Label statusLabel() {
        return status;
    }

    Label dataLabel() {
        return data;
    }

    /** What the current run uses: training images and the evaluated set. */
    void setRun(int trainCount, String evaluatedOn, int evalCount) {
        run = new Object[] {trainCount, evaluatedOn, evalCount};
        refresh();
    }

    private void refresh() {
        Progress p = session.progressProperty().get();
        TrainingSession.State s = session.stateProperty().get();
        bar.setProgress(p == null ? (s == TrainingSession.State.LOADING ? -1 : 0) : p.fraction());
        String where = p == null ? "" : i18n.get("studio.progress", p.epoch(), p.epochs(), p.batch(), p.batches(),
                rate(p.samplesPerSecond()), eta(p.etaSeconds()));
        status.setText(switch (s) {
            case LOADING -> i18n.get("studio.state.loading");
            case PAUSED -> i18n.get("studio.state.paused", where);
            case STOPPING -> i18n.get("studio.state.stopping");
            default -> where;
        });
        DataSource d = session.sourceProperty().get();
        String lang = i18n.isChinese() ? "zh" : "en";
        String runText = run == null ? "" : " " + i18n.get("studio.data.run", run[0],
                i18n.get("studio.curves." + run[1]), run[2]);
        data.setText((d == null ? i18n.get("studio.data.unknown") : d.describe(lang)) + runText);
        String hint = d == null ? "" : d.fullSetHint(lang);
        data.setTooltip(hint.isEmpty() ? null : new javafx.scene.control.Tooltip(hint));
        if (data.getTooltip() != null) {
            data.getTooltip().setWrapText(true);
            data.getTooltip().setMaxWidth(420);
        }
    }

    private static String rate(double perSecond) {
        return Double.isFinite(perSecond) ? String.format(Locale.ROOT, "%,.0f", perSecond) : "–";
    }

    private static String eta(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "–";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
