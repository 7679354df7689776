package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.spec.DropoutSpec;
import io.github.dlplayground.engine.spec.NetworkFile;
import io.github.dlplayground.engine.spec.NetworkFileException;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.train.TrainingEvent;
import io.github.dlplayground.engine.train.TrainingResult;
import io.github.dlplayground.visuals.dropout.DropoutSnapshot;
import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.network.NetworkDesign;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The studio's window content: toolbar on top; left, the design (palette, canvas, problems, totals) above the
 * training bar and the tabs Curves / Results / Layers / Feature maps; right, the selected layer's settings and
 * the training settings. Wires design, settings and the training session together. FX thread only.
 */
final class StudioView extends BorderPane {
    static final String DEFAULT_PRESET = "lenet";

    private final I18n i18n;
    private final NetworkDesign design;
    private final TrainingSettingsPane settings;
    private final TrainingSession session;
    private final StudioFiles files;
    private final StudioToolbar toolbar;
    private final DesignPane designPane;
    private final PropertyPanel properties;
    private final TrainingBar trainingBar;
    private final DivergenceBar divergence;
    private final RunCurves curves = new RunCurves();
    private final CurvesPane curvesPane;
    private final ResultsPane results;
    private final InsidePane inside;
    private final TabPane tabs = new TabPane();
    private final Label settingsProblem = new Label();
    private final BooleanProperty canTrain = new SimpleBooleanProperty();
    private final BooleanProperty canContinue = new SimpleBooleanProperty();
    private final BooleanProperty hasModel = new SimpleBooleanProperty();
    private final DropoutComparison comparison;
    private NetworkSpec runSpec;

    StudioView(LessonContext context, StudioData data, StudioDialogs dialogs) {
        this.i18n = context.i18n();
        getStyleClass().add("studio-view");
        NetworkFile initial = initialNetwork();
        design = new NetworkDesign(initial.network(), 10);
        settings = new TrainingSettingsPane(i18n);
        settings.setConfig(initial.training());
        session = new TrainingSession(data, context.settings() == null ? "auto" : context.settings().backend());
        StudioDialogs d = dialogs != null ? dialogs : StudioDialogs.fx(i18n, this);
        files = new StudioFiles(i18n, d, session, this::currentNetworkFile, this::applyNetworkFile);
        hasModel.bind(session.trainedProperty().isNotNull());
        toolbar = new StudioToolbar(i18n, design, files, hasModel);
        designPane = new DesignPane(i18n, design);
        properties = new PropertyPanel(i18n, design);
        curvesPane = new CurvesPane(i18n, curves);
        results = new ResultsPane(i18n, session::chooseImage);
        inside = new InsidePane(i18n);
        comparison = new DropoutComparison(i18n, this);
        trainingBar = new TrainingBar(i18n, session, canTrain, canContinue, this::train, this::continueTraining);
        divergence = new DivergenceBar(i18n, this::retryWithLr);
        layout(context);
        wire(d);
        session.loadData();
    }

    private static NetworkFile initialNetwork() {
        try {
            return Presets.load(DEFAULT_PRESET);
        } catch (NetworkFileException e) {
            throw new IllegalStateException("the LeNet preset shipped with the app cannot be read: " + e.getMessage(), e);
        }
    }

    private void layout(LessonContext context) {
        tabs.getTabs().addAll(tab("studio.tab.curves", curvesPane), tab("studio.tab.results", results),
                tab("studio.tab.layers", new VBox(8, comparison, inside.layersTab())),
                tab("studio.tab.maps", inside.mapsTab()));
        VBox.setVgrow(inside.layersTab(), Priority.ALWAYS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var lower = new VBox(8, trainingBar, divergence, tabs);
        lower.setStyle("-fx-padding: 8 8 0 8;");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        var left = new SplitPane(designPane, lower);
        left.setOrientation(javafx.geometry.Orientation.VERTICAL);
        left.setDividerPositions(0.45);
        settingsProblem.setWrapText(true);
        settingsProblem.setStyle("-fx-text-fill: -color-danger-fg;");
        settingsProblem.textProperty().bind(settings.problemProperty());
        var layerPane = new TitledPane();
        layerPane.textProperty().bind(i18n.bind("studio.props.heading"));
        layerPane.setContent(properties);
        var trainPane = new TitledPane();
        trainPane.textProperty().bind(i18n.bind("studio.settings.heading"));
        trainPane.setContent(new VBox(8, settings, settingsProblem));
        var right = new ScrollPane(new VBox(8, layerPane, trainPane));
        right.setFitToWidth(true);
        right.setMinWidth(285);
        right.setPrefWidth(310);
        var main = new SplitPane(left, right);
        main.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(right, false);
        setTop(toolbar);
        setCenter(main);
        applyLook(context);
        context.darkTheme().addListener(o -> applyLook(context));
        context.presenterMode().addListener(o -> applyLook(context));
    }

    private Tab tab(String key, javafx.scene.Node content) {
        var t = new Tab();
        t.textProperty().bind(i18n.bind(key));
        t.setContent(content);
        t.setId(key);
        return t;
    }

    private void applyLook(LessonContext context) {
        Palette p = context.palette();
        double scale = context.scale();
        designPane.setPalette(p, scale);
        curvesPane.setPalette(p, scale);
        results.setPalette(p, scale);
        inside.setPalette(p, scale);
    }

    private void wire(StudioDialogs dialogs) {
        Runnable checks = () -> {
            canTrain.set(design.isValid() && settings.validProperty().get());
            TrainedModel m = session.trainedProperty().get();
            canContinue.set(m != null && m.spec().equals(design.spec()));
        };
        design.addListener(checks);
        design.addListener(() -> {
            session.watchDropout(watchedDropout());
            inside.watch(design.spec(), design.selected());
        });
        settings.validProperty().addListener(o -> checks.run());
        session.trainedProperty().addListener(o -> checks.run());
        settings.configProperty().addListener((o, a, c) -> designPane.setTraining(c.batchSize(), stateSlots(c)));
        designPane.setTraining(settings.configProperty().get().batchSize(), stateSlots(settings.configProperty().get()));
        checks.run();
        addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
        session.addListener(new TrainingSession.Listener() {
            @Override
            public void started(TrainingEvent.Started e, boolean continued) {
                curves.start(runLabel(runSpec), e.batchesPerEpoch(), e.evaluatedOn(), continued);
                trainingBar.setRun(e.trainCount(), e.evaluatedOn(), e.evalCount());
                if (!continued) {
                    results.clear();
                }
                inside.startRun(runSpec, continued);
                curvesPane.setNote("");
                curvesPane.refresh();
            }

            @Override
            public void batches(double[][] rows) {
                curves.addBatches(rows);
                curvesPane.refresh();
            }

            @Override
            public void epoch(EpochReport report) {
                curves.addEpoch(report.metrics());
                curvesPane.refresh();
                results.show(report);
            }

            @Override
            public void inside(InsideSnapshot s) {
                inside.show(s);
            }

            @Override
            public void dropout(DropoutSnapshot s) {
                inside.show(s);
            }

            @Override
            public void finished(TrainingResult r) {
                trainingFinished(r);
            }

            @Override
            public void failed(String message) {
                dialogs.error(i18n.get("studio.error.train"), message);
                comparison.cancel();
            }
        });
    }

    private void shortcut(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            design.undo();
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.Y || e.getCode() == KeyCode.Z)) {
            design.redo();
            e.consume();
        }
    }

    private int watchedDropout() {
        int s = design.selected();
        return s >= 0 && design.spec().layers().get(s) instanceof DropoutSpec ? s : -1;
    }

    /** Copies of the weights the optimizer keeps as state (for the memory estimate). */
    static int stateSlots(TrainingConfig c) {
        return switch (c.optimizer().kind()) {
            case "sgd" -> 0;
            case "momentum", "nesterov", "adagrad" -> 1;
            case "rmsprop" -> c.optimizer().momentum() > 0 ? 2 : 1;
            default -> 2;
        };
    }

    /** "MLP with dropout · dropout 0.2, 0.5", for the ghost curves' legend. */
    String runLabel(NetworkSpec spec) {
        List<String> ps = spec.layers().stream().filter(l -> l instanceof DropoutSpec)
                .map(l -> io.github.dlplayground.visuals.network.BlockFormat.trim(((DropoutSpec) l).p())).toList();
        String drop = ps.isEmpty() ? i18n.get("studio.run.noDropout") : i18n.get("studio.run.dropout", String.join(", ", ps));
        return spec.name().isBlank() ? drop : spec.name() + " · " + drop;
    }

    void train() {
        start(null);
    }

    private void continueTraining() {
        start(session.trainedProperty().get());
    }

    private void start(TrainedModel from) {
        if (!canTrain.get()) {
            return;
        }
        divergence.show(null);
        runSpec = design.spec();
        session.start(runSpec, settings.configProperty().get(), from);
    }

    private void retryWithLr(double lr) {
        TrainingConfig c = settings.configProperty().get();
        settings.setConfig(c.withOptimizer(c.optimizer().withLr(lr)));
        train();
    }

    private void trainingFinished(TrainingResult r) {
        switch (r.status()) {
            case DIVERGED -> {
                divergence.show(r.divergence());
                curvesPane.setNote(i18n.get("studio.diverged.note", r.divergence().epoch(), r.divergence().batch()));
                trainingBar.statusLabel().setText(i18n.get("studio.state.diverged"));
                comparison.cancel();
            }
            case STOPPED -> {
                trainingBar.statusLabel().setText(i18n.get("studio.state.stopped", r.history().size(), r.steps()));
                comparison.cancel();
            }
            case COMPLETED -> {
                trainingBar.statusLabel().setText(r.finalTest() == null ? i18n.get("studio.state.done", r.steps())
                        : i18n.get("studio.state.doneTest", r.history().size(),
                        String.format(java.util.Locale.ROOT, "%.1f", 100 * r.finalTest().accuracy())));
                comparison.runFinished();
            }
        }
    }

    /** The design and the training settings as a network file. */
    NetworkFile currentNetworkFile() {
        return new NetworkFile(design.spec(), settings.configProperty().get());
    }

    /** Shows a network file: its design (undoable) and its training settings. */
    void applyNetworkFile(NetworkFile file) {
        design.load(file.network());
        settings.setConfig(file.training());
    }

    NetworkDesign design() {
        return design;
    }

    TrainingSettingsPane settings() {
        return settings;
    }

    TrainingSession session() {
        return session;
    }

    StudioFiles files() {
        return files;
    }

    StudioToolbar toolbar() {
        return toolbar;
    }

    DesignPane designPane() {
        return designPane;
    }

    PropertyPanel properties() {
        return properties;
    }

    TrainingBar trainingBar() {
        return trainingBar;
    }

    DivergenceBar divergenceBar() {
        return divergence;
    }

    CurvesPane curvesPane() {
        return curvesPane;
    }

    RunCurves curves() {
        return curves;
    }

    ResultsPane results() {
        return results;
    }

    InsidePane inside() {
        return inside;
    }

    TabPane tabs() {
        return tabs;
    }

    DropoutComparison comparison() {
        return comparison;
    }

    void dispose() {
        session.dispose();
    }
}
