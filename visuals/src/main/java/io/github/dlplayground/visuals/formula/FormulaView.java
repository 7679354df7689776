package io.github.dlplayground.visuals.formula;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/**
 * Shows one LaTeX formula as an image typeset by a shared {@link FormulaRenderer}. The public API is
 * three properties — {@code latex}, {@code size} (main text size in pixels; multiply by 1.5 for presenter
 * mode) and {@code colour} (bind it to the theme's foreground colour) — and the view re-renders when any
 * of them, or the window's output scale, changes. Given less width than it needs, the formula is scaled down
 * to fit (never up). A formula that cannot be typeset shows its source and sets {@link #errorProperty()}.
 * FX thread only.
 */
public final class FormulaView extends Region {
    /** A formula is never squeezed narrower than this; beyond, its parent must scroll or clip. */
    private static final double MIN_WIDTH = 120;
    private final FormulaRenderer renderer;
    private final StringProperty latex = new SimpleStringProperty(this, "latex", "");
    private final DoubleProperty size = new SimpleDoubleProperty(this, "size", FormulaRenderer.DEFAULT_SIZE);
    private final ObjectProperty<Color> colour = new SimpleObjectProperty<>(this, "colour", Color.BLACK);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", null);
    private final ObservableValue<Number> outputScale;
    private final ImageView imageView = new ImageView();
    private final Label fallback = new Label();
    /** Size of the formula at its set size, in layout pixels. */
    private double naturalWidth;
    private double naturalHeight;

    public FormulaView(FormulaRenderer renderer) {
        this(renderer, "");
    }

    public FormulaView(FormulaRenderer renderer, String latex) {
        this.renderer = renderer;
        getStyleClass().add("formula-view");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        imageView.setSmooth(true);
        imageView.setPreserveRatio(true);
        fallback.getStyleClass().add("formula-error");
        fallback.setWrapText(true);
        fallback.setVisible(false);
        fallback.setManaged(false);
        getChildren().addAll(imageView, fallback);
        outputScale = sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::renderScaleXProperty).orElse(1.0);
        this.latex.set(latex);
        this.latex.addListener(o -> update());
        size.addListener(o -> update());
        colour.addListener(o -> update());
        outputScale.addListener(o -> update());
        update();
    }

    public StringProperty latexProperty() {
        return latex;
    }

    public void setLatex(String value) {
        latex.set(value);
    }

    public String getLatex() {
        return latex.get();
    }

    /** Main text size in pixels (before the window's output scale). */
    public DoubleProperty sizeProperty() {
        return size;
    }

    public void setSize(double value) {
        size.set(value);
    }

    public ObjectProperty<Color> colourProperty() {
        return colour;
    }

    public void setColour(Color value) {
        colour.set(value);
    }

    /** The reason the formula could not be typeset, or null when it is shown. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The image currently shown (null while there is no formula or it failed). */
    public Image getImage() {
        return imageView.getImage();
    }

    private void update() {
        String source = latex.get();
        setAccessibleText(source);
        if (source == null || source.isBlank()) {
            naturalWidth = 0;
            naturalHeight = 0;
            show(null, null);
            return;
        }
        double scale = Math.max(1, outputScale.getValue().doubleValue());
        try {
            Image image = renderer.image(source, size.get() * scale, colour.get() == null ? Color.BLACK : colour.get());
            naturalWidth = image.getWidth() / scale;
            naturalHeight = image.getHeight() / scale;
            show(image, null);
        } catch (IllegalArgumentException e) {
            naturalWidth = 0;
            naturalHeight = 0;
            show(null, e.getMessage());
        }
    }

    private void show(Image image, String message) {
        imageView.setImage(image);
        error.set(message);
        fallback.setText(message == null ? "" : latex.get());
        fallback.setVisible(message != null);
        fallback.setManaged(message != null);
        requestLayout();
    }

    private Node shown() {
        return fallback.isVisible() ? fallback : imageView;
    }

    @Override
    protected void layoutChildren() {
        var insets = getInsets();
        double width = getWidth() - insets.getLeft() - insets.getRight();
        double height = getHeight() - insets.getTop() - insets.getBottom();
        if (!fallback.isVisible() && naturalWidth > 0) {
            double factor = Math.min(1, width / naturalWidth);
            imageView.setFitWidth(naturalWidth * factor);
            imageView.setFitHeight(naturalHeight * factor);
        }
        layoutInArea(shown(), insets.getLeft(), insets.getTop(), width, height, 0, javafx.geometry.HPos.LEFT,
                javafx.geometry.VPos.CENTER);
    }

    /** Height depends on width: a formula wider than its space is scaled down to fit, keeping its shape. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        double inner = fallback.isVisible() ? fallback.prefWidth(-1) : naturalWidth;
        return getInsets().getLeft() + getInsets().getRight() + inner;
    }

    @Override
    protected double computePrefHeight(double width) {
        var insets = getInsets();
        if (fallback.isVisible()) {
            return insets.getTop() + insets.getBottom() + fallback.prefHeight(width);
        }
        double factor = width < 0 || naturalWidth == 0 ? 1
                : Math.min(1, (width - insets.getLeft() - insets.getRight()) / naturalWidth);
        return insets.getTop() + insets.getBottom() + naturalHeight * Math.max(0, factor);
    }

    @Override
    protected double computeMinWidth(double height) {
        double inner = fallback.isVisible() ? fallback.minWidth(-1) : Math.min(naturalWidth, MIN_WIDTH);
        return getInsets().getLeft() + getInsets().getRight() + inner;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
