package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.Readiness;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.digits.Classification;
import io.github.dlplayground.engine.digits.DigitModels;
import io.github.dlplayground.visuals.drawing.DrawingPadModel;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Lesson 7, draw and classify: a drawing pad, the MNIST preprocessing step by step, live class probabilities
 * computed off the FX thread, every layer's activations, a choice of model (the default digit CNN trained on
 * first use, its fine-tuned copy, or a model file such as a Fashion-MNIST model from the studio) and
 * "teach it" fine-tuning. FX thread only.
 */
public final class DrawingLesson implements Lesson, Readiness {
    /** Below this width (view pixels) the two columns are stacked. */
    private static final double SIDE_BY_SIDE_WIDTH = 720;

    private final LessonContext context;
    private final DrawingPadModel pad = new DrawingPadModel();
    private final PadPanel padPanel;
    private final StepsPanel stepsPanel;
    private final PredictionPanel predictionPanel;
    private final NetworkPanel networkPanel;
    private final TeachPanel teachPanel;
    private final ModelBar modelBar;
    private final PredictionLoop loop;
    private final BorderPane root = new BorderPane();
    private final Label intro = new Label();
    private final TabPane tabs = new TabPane();
    private final InvalidationListener themeListener = o -> applyTheme();
    private final InvalidationListener languageListener = o -> applyClassNames();

    public DrawingLesson(LessonContext context) {
        this(context, DigitModels.cacheFolder());
    }

    DrawingLesson(LessonContext context, Path cacheFolder) {
        this.context = context;
        var i18n = context.i18n();
        padPanel = new PadPanel(pad, i18n);
        stepsPanel = new StepsPanel(i18n);
        predictionPanel = new PredictionPanel(i18n);
        networkPanel = new NetworkPanel(i18n);
        loop = new PredictionLoop(pad, this::showResult);
        modelBar = new ModelBar(i18n, cacheFolder, this::useModel);
        teachPanel = new TeachPanel(i18n, pad, modelBar::current, cacheFolder, modelBar::useLoaded);
        pad.addListener(() -> {
            if (pad.visibleStrokeCount() == 0) {
                showNothing();
            }
        });
        root.setId("drawing-lesson");
        root.setTop(top());
        root.setCenter(centre());
        root.setPadding(new Insets(16));
        padPanel.installShortcuts(root);
        context.darkTheme().addListener(themeListener);
        context.presenterMode().addListener(themeListener);
        i18n.localeProperty().addListener(languageListener);
        applyTheme();
        applyClassNames();
        showNothing();
        loop.start();
        modelBar.start();
    }

    private Node top() {
        intro.setId("drawing-intro");
        intro.setWrapText(true);
        var box = new VBox(8, intro, modelBar, new Separator());
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private Node centre() {
        VBox.setVgrow(padPanel, Priority.ALWAYS);
        var left = new VBox(16, padPanel, teachPanel);
        left.setMinWidth(360);
        left.setPrefWidth(460);
        var stepsTab = new Tab();
        stepsTab.textProperty().bind(context.i18n().bind("drawing.tab.steps"));
        stepsTab.setContent(stepsPanel);
        stepsTab.setId("steps-tab");
        var networkTab = new Tab();
        networkTab.textProperty().bind(context.i18n().bind("drawing.tab.network"));
        networkTab.setContent(networkPanel);
        networkTab.setId("network-tab");
        tabs.getTabs().addAll(stepsTab, networkTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(180);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        var right = new VBox(8, predictionPanel, tabs);
        right.setMinWidth(320);
        right.setPrefWidth(420);
        HBox.setHgrow(right, Priority.ALWAYS);
        var wide = new HBox(24);
        var narrow = new VBox(24);
        var scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        // side by side when there is room, else the prediction below the pad (e.g. next to an explanation panel)
        scroll.viewportBoundsProperty().addListener((o, a, bounds) -> arrange(scroll, wide, narrow, left, right,
                bounds.getWidth() >= SIDE_BY_SIDE_WIDTH));
        arrange(scroll, wide, narrow, left, right, true);
        return scroll;
    }

    private static void arrange(ScrollPane scroll, HBox wide, VBox narrow, Node left, Node right, boolean sideBySide) {
        Node wanted = sideBySide ? wide : narrow;
        if (scroll.getContent() != wanted) {
            (sideBySide ? narrow : wide).getChildren().clear();
            ((Pane) wanted).getChildren().setAll(left, right);
            scroll.setContent(wanted);
            scroll.setFitToHeight(sideBySide);
        }
    }

    /** True once a model is in use or has failed to load: the screenshot command waits for it. */
    @Override
    public ObservableBooleanValue readyProperty() {
        return modelBar.settledProperty();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void dispose() {
        loop.dispose();
        modelBar.dispose();
        teachPanel.dispose();
        context.darkTheme().removeListener(themeListener);
        context.presenterMode().removeListener(themeListener);
        context.i18n().localeProperty().removeListener(languageListener);
    }

    DrawingPadModel pad() {
        return pad;
    }

    PadPanel padPanel() {
        return padPanel;
    }

    PredictionPanel predictionPanel() {
        return predictionPanel;
    }

    NetworkPanel networkPanel() {
        return networkPanel;
    }

    TabPane tabs() {
        return tabs;
    }

    StepsPanel stepsPanel() {
        return stepsPanel;
    }

    TeachPanel teachPanel() {
        return teachPanel;
    }

    ModelBar modelBar() {
        return modelBar;
    }

    PredictionLoop loop() {
        return loop;
    }

    private void useModel(LoadedModel model) {
        stepsPanel.setPreprocessing(model.classifier().preprocessing());
        applyClassNames();
        predictionPanel.setModelReady(true);
        loop.setClassifier(model.classifier());
        teachPanel.refresh();
    }

    private void applyClassNames() {
        LoadedModel model = modelBar.current();
        boolean fashion = model != null && model.kind() == DatasetKind.FASHION_MNIST;
        intro.setText(context.i18n().get(fashion ? "drawing.model.fashion" : "drawing.intro"));
        if (model != null) {
            String language = context.i18n().isChinese() ? "zh" : "en";
            predictionPanel.setClassNames(DigitModels.classNames(model.kind(), model.classifier().classCount(),
                    language));
        }
    }

    private void showResult(PredictionLoop.Result result) {
        Classification c = result.classification();
        if (c == null) {
            modelBar.showError(result.error());
            return;
        }
        if (pad.visibleStrokeCount() == 0) {
            // cleared while this result was being computed
            showNothing();
            return;
        }
        stepsPanel.show(c.preprocessed());
        predictionPanel.show(c);
        networkPanel.show(c);
        teachPanel.suggest(c.prediction());
    }

    private void showNothing() {
        stepsPanel.show(null);
        predictionPanel.show(null);
        networkPanel.show(null);
    }

    private void applyTheme() {
        Palette palette = context.palette();
        // text size follows the shell's stylesheet (presenter mode: 1.5×); canvases scale here
        double scale = context.scale();
        padPanel.view().paletteProperty().set(palette);
        padPanel.view().strokeScaleProperty().set(scale);
        stepsPanel.steps().paletteProperty().set(palette);
        predictionPanel.bars().paletteProperty().set(palette);
        predictionPanel.topClassLabel().setStyle(String.format(Locale.ROOT,
                "-fx-font-size: %.0fpx; -fx-font-weight: bold;", 56 * scale));
        networkPanel.activations().paletteProperty().set(palette);
        networkPanel.activations().fontSizeProperty().set(12 * scale);
    }
}
