package io.github.dlplayground.app.lesson.gradient;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.surface.Bounds;
import io.github.dlplayground.engine.surface.SurfacePreset;
import io.github.dlplayground.engine.surface.Surfaces;
import io.github.dlplayground.visuals.chart.LineChartView;
import io.github.dlplayground.visuals.chart.SeriesData;
import io.github.dlplayground.visuals.chart.Series;
import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.fx.RateLimiter;
import io.github.dlplayground.visuals.surface.CurveView;
import io.github.dlplayground.visuals.surface.RaceAnimator;
import io.github.dlplayground.visuals.surface.RaceModel;
import io.github.dlplayground.visuals.surface.SurfaceView;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 3, gradient descent and optimizers: the engine's optimizers race over a loss surface (or roll
 * down a curve) from a start the student clicks, each with its own hyperparameters, with a loss-vs-step
 * chart, a legend, optional gradient noise, the divergence rule, and the quantities behind each step.
 * FX thread only; a step of the race costs well under a microsecond, so it runs in the pulse.
 */
public final class GradientDescentLesson implements Lesson {
    /** Seed of the gradient noise: every optimizer sees the same sequence. */
    static final long NOISE_SEED = 1;

    private final I18n i18n;
    private final javafx.beans.value.ChangeListener<java.util.Locale> localeListener = (o, was, now) -> relabel();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.light());
    private final RaceModel model;
    private final SurfaceView surfaceView = new SurfaceView();
    private final CurveView curveView = new CurveView();
    private final LineChartView chart = new LineChartView();
    private final StepDetails details;
    private final OptimizerPanel optimizers;
    private final SurfacePicker picker;
    private final Transport transport;
    private final RaceAnimator animator;
    private final CheckBox logColours = new CheckBox();
    private final CheckBox arrows = new CheckBox();
    private final CheckBox chartLog = new CheckBox();
    private final ToggleButton showDetails = new ToggleButton();
    private final Label hint = new Label();
    private final VBox divergences = new VBox(4);
    private final RateLimiter limiter = new RateLimiter(30);
    private final RateLimiter textLimiter = new RateLimiter(8);
    private final Runnable modelListener = this::modelChanged;
    private final BorderPane root = new BorderPane();
    private SurfacePreset preset = Surfaces.preset("quadratic");
    private List<String> shownKinds = List.of();

    public GradientDescentLesson(LessonContext context) {
        i18n = context.i18n();
        palette.bind(context.paletteBinding());
        context.style(surfaceView, curveView, chart);
        model = new RaceModel(preset.surface(), preset.startX(), preset.startY(), LabSettings.configs(),
                LabSettings.ENABLED);
        details = new StepDetails(i18n);
        optimizers = new OptimizerPanel(i18n, model, palette);
        transport = new Transport(i18n, model);
        animator = new RaceAnimator(model, root, this::frame);
        transport.wire(animator, this::fitView);
        surfaceView.setTrails(model::enabledRacers);
        curveView.setTrails(model::enabledRacers);
        surfaceView.onPickProperty().set((x, y) -> model.setStart(x, y));
        curveView.onPickProperty().set((x, y) -> model.setStart(x, 0));
        surfaceView.logScaleProperty().bind(logColours.selectedProperty());
        surfaceView.arrowsProperty().bind(arrows.selectedProperty());
        surfaceView.legendTitleProperty().set("f(x, y)");
        chart.logScaleProperty().bind(chartLog.selectedProperty());
        chart.model().setShowLegend(false);
        chart.model().setLabels(i18n.get("gradient.chart.step"), i18n.get("gradient.chart.loss"));
        // weak: the shell's I18n outlives this lesson
        i18n.localeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(localeListener));
        optimizers.selectedProperty().addListener((o, was, now) -> selectionChanged());
        model.addListener(modelListener);
        // texts change less often while playing: bring them up to date when the race stops
        animator.playingProperty().addListener((o, was, now) -> {
            if (!now) {
                updatePanels();
            }
        });
        picker = new SurfacePicker(i18n, this::choose);
        layout();
        optimizers.selectedProperty().set("sgd");
        modelChanged();
    }

    private void layout() {
        setUp(logColours, "gradient.log");
        setUp(arrows, "gradient.arrows");
        arrows.setSelected(true);
        setUp(chartLog, "gradient.chart.log");
        setUp(showDetails, "gradient.details");
        showDetails.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2c-calculator-variant-outline"));
        details.visibleProperty().bind(showDetails.selectedProperty());
        details.managedProperty().bind(showDetails.selectedProperty());
        showDetails.selectedProperty().addListener((o, was, now) -> updatePanels());
        picker.setPadding(new Insets(0, 0, 8, 0));

        var viewStack = new StackPane(surfaceView, curveView);
        VBox.setVgrow(viewStack, Priority.ALWAYS);
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMinWidth(80);
        HBox.setHgrow(hint, Priority.ALWAYS);
        var viewOptions = new HBox(12, hint, logColours, arrows);
        viewOptions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        divergences.setId("divergences");
        var centre = new VBox(6, viewStack, viewOptions, divergences);
        centre.setPadding(new Insets(0, 12, 0, 0));

        chart.setPrefHeight(190);
        chart.setMinHeight(140);
        chart.setPrefWidth(300);
        chart.setMinWidth(100);
        var chartTitle = new Label();
        chartTitle.textProperty().bind(i18n.bind("gradient.chart.title"));
        chartTitle.getStyleClass().add("title-4");
        var spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var chartHeader = new HBox(8, chartTitle, spacer, chartLog);
        chartHeader.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var side = new VBox(8, chartHeader, chart, optimizers, new Separator(), showDetails, details);
        side.setPadding(new Insets(0, 10, 0, 0));
        var sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setPrefWidth(380);
        sideScroll.setMinWidth(320);
        sideScroll.getStyleClass().add("edge-to-edge");

        root.setTop(picker);
        root.setCenter(centre);
        root.setRight(sideScroll);
        root.setBottom(transport);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("gradient-lesson");
    }

    private void setUp(javafx.scene.control.ButtonBase control, String key) {
        control.textProperty().bind(i18n.bind(key));
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(key + ".tooltip"));
        control.setTooltip(tip);
    }

    /** A function was chosen in the picker: show it and restart the race on it. */
    private void choose(SurfacePicker.Choice choice) {
        boolean twoD = choice.surface().dimension() == 2;
        double x = model.startX();
        double y = model.startY();
        if (choice.preset() != null) {
            preset = choice.preset();
            x = preset.startX();
            y = preset.startY();
            logColours.setSelected(preset.logScale());
            chartLog.setSelected(preset.logScale());
            surfaceView.boundsProperty().set(twoD ? preset.view() : surfaceView.boundsProperty().get());
            curveView.boundsProperty().set(twoD ? curveView.boundsProperty().get() : preset.view());
        }
        surfaceView.setVisible(twoD);
        curveView.setVisible(!twoD);
        logColours.setDisable(!twoD);
        arrows.setDisable(!twoD);
        surfaceView.surfaceProperty().set(twoD ? choice.surface() : null);
        curveView.curveProperty().set(twoD ? null : choice.surface());
        hint.textProperty().bind(i18n.bind(twoD ? "gradient.hint.2d" : "gradient.hint.1d"));
        model.setSurface(choice.surface(), x, twoD ? y : 0);
    }

    private void fitView() {
        Bounds b = preset.view();
        if (preset.dimension() == 2) {
            surfaceView.boundsProperty().set(b);
        } else {
            curveView.boundsProperty().set(b);
        }
    }

    private void modelChanged() {
        surfaceView.setStart(model.startX(), model.startY());
        curveView.setStart(model.startX());
        // only the view on show is redrawn (a hidden canvas would still be drawn in every layout pass)
        if (surfaceView.isVisible()) {
            surfaceView.refresh();
        } else {
            curveView.refresh();
        }
        List<String> kinds = model.enabledRacers().stream().map(RaceModel.Racer::kind).toList();
        if (!kinds.equals(shownKinds)) {
            shownKinds = kinds;
            rebuildSeries();
        }
        if (!animator.isPlaying()) {
            updatePanels();
        }
    }

    private void frame() {
        if (limiter.tryAcquire()) {
            updatePanels();
        }
    }

    /** While playing, the texts beside the view change at most this often (they repaint their whole panel). */
    private boolean textsDue() {
        return !animator.isPlaying() || textLimiter.tryAcquire();
    }

    private void rebuildSeries() {
        var list = new ArrayList<Series>();
        for (RaceModel.Racer r : model.enabledRacers()) {
            list.add(Series.line(i18n.get("gradient.optimizer." + r.kind()), r.colorIndex(), new SeriesData() {
                @Override
                public int size() {
                    return r.size();
                }

                @Override
                public double x(int i) {
                    return i;
                }

                @Override
                public double y(int i) {
                    return r.descent().f(i);
                }
            }));
        }
        chart.model().setSeries(list);
        chart.refresh();
    }

    private void relabel() {
        chart.model().setLabels(i18n.get("gradient.chart.step"), i18n.get("gradient.chart.loss"));
        rebuildSeries();
        updatePanels();
    }

    private void selectionChanged() {
        String kind = optimizers.selectedProperty().get();
        int index = kind == null ? -1 : model.racer(kind).colorIndex();
        surfaceView.selectedProperty().set(index);
        curveView.selectedProperty().set(index);
        updatePanels();
    }

    /** The numbers beside the view: step, legend, chart, divergence sentences, details. */
    private void updatePanels() {
        boolean texts = textsDue();
        if (texts) {
            transport.showStep(model.stepCount());
            optimizers.update();
        }
        chart.noteProperty().set(chartLog.isSelected() && chart.model().hasNonPositiveY()
                ? i18n.get("gradient.chart.nonpositive") : "");
        chart.refresh();
        var sentences = new ArrayList<String>();
        for (RaceModel.Racer r : model.enabledRacers()) {
            if (r.diverged()) {
                var d = r.descent().divergence();
                sentences.add(i18n.get("gradient.diverged", i18n.get("gradient.optimizer." + r.kind()), d.step(),
                        i18n.get("gradient.diverged." + d.reason().name())));
            }
        }
        if (!sentences.equals(divergenceTexts())) {
            divergences.getChildren().setAll(sentences.stream().map(text -> {
                var label = new Label(text);
                label.setWrapText(true);
                label.getStyleClass().add("danger");
                return (Node) label;
            }).toList());
        }
        if (showDetails.isSelected() && texts) {
            String kind = optimizers.selectedProperty().get();
            RaceModel.Racer r = kind == null ? null : model.racer(kind);
            details.show(r != null && r.enabled() ? r : null);
        }
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void dispose() {
        animator.dispose();
        model.removeListener(modelListener);
        surfaceView.dispose();
        palette.unbind();
    }

    RaceModel model() {
        return model;
    }

    SurfaceView surfaceView() {
        return surfaceView;
    }

    CurveView curveView() {
        return curveView;
    }

    SurfacePicker picker() {
        return picker;
    }

    OptimizerPanel optimizers() {
        return optimizers;
    }

    RaceAnimator animator() {
        return animator;
    }

    Transport transport() {
        return transport;
    }

    StepDetails details() {
        return details;
    }

    ToggleButton showDetails() {
        return showDetails;
    }

    LineChartView chart() {
        return chart;
    }

    /** The divergence sentences shown under the view. */
    List<String> divergenceTexts() {
        return divergences.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
