package io.github.dlplayground.app.lesson.linreg;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.gradient.NumberControl;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.surface.Bounds;
import io.github.dlplayground.engine.surface.LeastSquares;
import io.github.dlplayground.visuals.chart.LineChartView;
import io.github.dlplayground.visuals.chart.PointList;
import io.github.dlplayground.visuals.chart.Series;
import io.github.dlplayground.visuals.fx.RateLimiter;
import io.github.dlplayground.visuals.surface.Marker;
import io.github.dlplayground.visuals.surface.RaceAnimator;
import io.github.dlplayground.visuals.surface.SurfaceView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Lesson 1, linear regression: the book's synthetic data y = w·x + b + noise as a scatter with the line
 * being fitted, and beside it the exact loss surface L(w, b) with the analytic optimum and the path of
 * minibatch SGD drawn live; batch size, learning rate and epochs are sliders, and the update formula is
 * shown with the numbers of the last step. FX thread only; a minibatch step of a 2-parameter model is
 * cheap enough for the pulse.
 */
public final class LinearRegressionLesson implements Lesson {
    private final I18n i18n;
    private final javafx.beans.value.ChangeListener<java.util.Locale> localeListener = (o, was, now) -> {
        labelScatter();
        updateText();
    };
    private final LinregModel model = new LinregModel();
    private final LineChartView scatter = new LineChartView();
    private final SurfaceView surface = new SurfaceView();
    private final PointList points = new PointList();
    private final PointList line = new PointList();
    private final LinregControls controls;
    private final RaceAnimator animator;
    private final Label formulaW = new Label();
    private final Label formulaB = new Label();
    private final Label status = new Label();
    private final Label current = new Label();
    private final Label warning = new Label();
    private final RateLimiter limiter = new RateLimiter(30);
    private final Runnable listener = this::modelChanged;
    private final BorderPane root = new BorderPane();
    private LeastSquares shownData;
    private double xMin = -1;
    private double xMax = 1;

    public LinearRegressionLesson(LessonContext context) {
        i18n = context.i18n();
        context.style(scatter, surface);
        surface.xLabelProperty().bind(i18n.bind("linreg.surface.w"));
        surface.yLabelProperty().bind(i18n.bind("linreg.surface.b"));
        surface.legendTitleProperty().bind(i18n.bind("linreg.surface.legend"));
        surface.logScaleProperty().set(true);
        surface.arrowsProperty().set(true);
        surface.setTrails(() -> List.of(model));
        surface.setMarkers(() -> List.of(new Marker(model.data().optimumW(), model.data().optimumB(),
                i18n.get("linreg.optimum"))));
        surface.onPickProperty().set(model::setStart);
        animator = new RaceAnimator(model, root, this::frame);
        controls = new LinregControls(i18n, model, animator);
        model.addListener(listener);
        // weak: the shell's I18n outlives this lesson
        i18n.localeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(localeListener));
        layout();
        labelScatter();
        modelChanged();
    }

    private void layout() {
        var title = new Label();
        title.textProperty().bind(i18n.bind("linreg.title"));
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        scatter.setPrefSize(340, 400);
        surface.setPrefSize(340, 400);
        scatter.setMinWidth(200);
        surface.setMinWidth(200);
        HBox.setHgrow(scatter, Priority.ALWAYS);
        HBox.setHgrow(surface, Priority.ALWAYS);
        var hint = new Label();
        hint.textProperty().bind(i18n.bind("linreg.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        // the hint wraps under the surface instead of widening its column
        hint.setPrefWidth(100);
        hint.setMaxWidth(Double.MAX_VALUE);
        var surfaceBox = new VBox(4, surface, hint);
        VBox.setVgrow(surface, Priority.ALWAYS);
        HBox.setHgrow(surfaceBox, Priority.ALWAYS);
        var views = new HBox(12, scatter, surfaceBox);
        VBox.setVgrow(views, Priority.ALWAYS);

        var formulaTitle = new Label();
        formulaTitle.textProperty().bind(i18n.bind("linreg.formula.title"));
        formulaTitle.getStyleClass().add("title-4");
        formulaW.setId("formula-w");
        formulaB.setId("formula-b");
        status.setId("status");
        for (Label l : List.of(formulaW, formulaB)) {
            l.getStyleClass().add("update-formula");
            l.setWrapText(true);
        }
        current.getStyleClass().add("text-muted");
        warning.getStyleClass().add("danger");
        // the texts keep their wrapped height; the charts above give way when the lesson is short
        for (Label l : List.of(formulaTitle, formulaW, formulaB, status, current, warning, hint, title)) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        for (Label l : List.of(formulaB, warning)) {
            // an empty line takes no room
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
        var formula = new VBox(4, formulaTitle, formulaW, formulaB, status, current, warning);

        var centre = new VBox(12, title, views, formula);
        var sidebar = new javafx.scene.control.ScrollPane(controls);
        sidebar.setFitToWidth(true);
        sidebar.getStyleClass().add("edge-to-edge");
        sidebar.setPrefWidth(290);
        sidebar.setMinWidth(260);
        sidebar.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        root.setLeft(sidebar);
        root.setCenter(centre);
        root.setPadding(new Insets(8));
        BorderPane.setMargin(centre, new Insets(0, 0, 0, 12));
        root.getStyleClass().add("linreg-lesson");
    }

    private void labelScatter() {
        scatter.model().setLabels(i18n.get("linreg.scatter.x"), i18n.get("linreg.scatter.y"));
        scatter.model().setSeries(List.of(Series.points(i18n.get("linreg.scatter.data"), 0, points),
                Series.line(i18n.get("linreg.scatter.line"), 1, line)));
        scatter.refresh();
    }

    private void modelChanged() {
        if (model.data() != shownData) {
            showData(model.data());
        }
        surface.setStart(model.startW(), model.startB());
        surface.refresh();
        if (!animator.isPlaying()) {
            updateText();
        }
    }

    private void frame() {
        if (limiter.tryAcquire()) {
            updateText();
        }
    }

    /** New data: scatter points, loss surface, a view that holds both the start and the optimum. */
    private void showData(LeastSquares data) {
        shownData = data;
        points.clear();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double yLo = Double.POSITIVE_INFINITY;
        double yHi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            points.add(data.x(i), data.y(i));
            lo = Math.min(lo, data.x(i));
            hi = Math.max(hi, data.x(i));
            yLo = Math.min(yLo, data.y(i));
            yHi = Math.max(yHi, data.y(i));
        }
        double padX = Math.max(0.5, 0.05 * (hi - lo));
        double padY = Math.max(0.5, 0.08 * (yHi - yLo));
        xMin = lo - padX;
        xMax = hi + padX;
        // the axes stay on the data while the fitted line moves through them
        scatter.model().setXRange(new double[] {xMin, xMax});
        scatter.model().setYRange(new double[] {yLo - padY, yHi + padY});
        surface.surfaceProperty().set(data);
        double ws = model.startW();
        double bs = model.startB();
        double wo = data.optimumW();
        double bo = data.optimumB();
        double pad = 0.35 * Math.max(1, Math.max(Math.abs(wo - ws), Math.abs(bo - bs)));
        surface.boundsProperty().set(new Bounds(Math.min(ws, wo) - pad, Math.max(ws, wo) + pad,
                Math.min(bs, bo) - pad, Math.max(bs, bo) + pad));
    }

    private void updateText() {
        double w = model.w();
        double b = model.b();
        line.clear();
        line.add(xMin, w * xMin + b);
        line.add(xMax, w * xMax + b);
        scatter.refresh();
        var step = model.lastStep();
        if (step == null) {
            formulaW.setText(i18n.get("linreg.formula.before"));
            formulaB.setText("");
        } else {
            formulaW.setText(i18n.get("linreg.formula.w", f(step.wBefore()), f(step.lr()), factor(step.gradW()),
                    f(step.wAfter())));
            formulaB.setText(i18n.get("linreg.formula.b", f(step.bBefore()), f(step.lr()), factor(step.gradB()),
                    f(step.bAfter())));
        }
        // the minibatch just done: at an epoch's end that is the last one of the epoch just completed
        boolean epochEnd = model.steps() > 0 && model.batchIndex() == 0;
        int shownEpoch = epochEnd ? model.epoch() : Math.min(model.epoch() + 1, model.epochs());
        int shownBatch = epochEnd ? model.batchesPerEpoch() : model.batchIndex();
        status.setText(i18n.get("linreg.status", shownEpoch, model.epochs(), shownBatch, model.batchesPerEpoch(),
                model.steps(), f(model.loss())));
        current.setText(i18n.get("linreg.current", f(w), f(b), f(model.data().optimumW()),
                f(model.data().optimumB())));
        warning.setText(model.diverged() ? i18n.get("linreg.diverged", model.steps())
                : model.finished() ? i18n.get("linreg.done", model.epochs()) : "");
        warning.getStyleClass().setAll("label", model.diverged() ? "danger" : "success");
        controls.update();
    }

    private static String f(double v) {
        return NumberControl.format(v, 5).replace('-', '−');
    }

    /** A factor in a product: negative numbers in parentheses, 0.03 × (−1.7). */
    private static String factor(double v) {
        return v < 0 ? "(" + f(v) + ")" : f(v);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void dispose() {
        animator.dispose();
        model.removeListener(listener);
        surface.dispose();
    }

    LinregModel model() {
        return model;
    }

    LinregControls controls() {
        return controls;
    }

    SurfaceView surfaceView() {
        return surface;
    }

    LineChartView scatter() {
        return scatter;
    }

    RaceAnimator animator() {
        return animator;
    }

    /** The update formula lines and the status, as shown. */
    List<String> texts() {
        return List.of(formulaW.getText(), formulaB.getText(), status.getText(), current.getText(),
                warning.getText());
    }
}
