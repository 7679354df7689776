package io.github.dlplayground.visuals.drawing;

import io.github.dlplayground.engine.digits.BoundingBox;
import io.github.dlplayground.engine.digits.InkImage;
import io.github.dlplayground.engine.digits.PreprocessedDrawing;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The preprocessing shown step by step in four small pictures: the drawing with its ink's bounding box →
 * the box scaled to fit the fit × fit field → placed in the size × size field with its centre of mass (×) and
 * the shift to the centre (+) → the network's input, whose pixel under the pointer is
 * {@link #hoveredPixelProperty()}. Captions and details are set by the owner (they are translated). FX thread only.
 */
public final class PreprocessingStepsView extends HBox {
    public static final int STEPS = 4;

    private final ObjectProperty<PreprocessedDrawing> drawing = new SimpleObjectProperty<>();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.light());
    private final InkImageView[] views = new InkImageView[STEPS];
    private final Label[] captions = new Label[STEPS];
    private final Label[] details = new Label[STEPS];
    private int fitSize = 20;

    public PreprocessingStepsView(double pictureSide) {
        super(8);
        getStyleClass().add("preprocessing-steps");
        setAlignment(Pos.TOP_LEFT);
        for (int i = 0; i < STEPS; i++) {
            views[i] = new InkImageView(pictureSide);
            views[i].paletteProperty().bind(palette);
            captions[i] = new Label();
            captions[i].setWrapText(true);
            captions[i].setPrefWidth(pictureSide);
            captions[i].getStyleClass().addAll("step-caption", "text-small");
            details[i] = new Label();
            details[i].getStyleClass().addAll("step-detail", "text-muted", "text-small");
            details[i].setWrapText(true);
            details[i].setPrefWidth(pictureSide);
            var box = new VBox(4, captions[i], views[i], details[i]);
            box.setPrefWidth(pictureSide);
            box.setMinWidth(0);
            HBox.setHgrow(box, Priority.ALWAYS);
            if (i > 0) {
                var arrow = new FontIcon("mdi2a-arrow-right");
                arrow.getStyleClass().add("step-arrow");
                var arrowBox = new VBox(arrow);
                arrowBox.setAlignment(Pos.CENTER);
                getChildren().add(arrowBox);
            }
            getChildren().add(box);
        }
        views[3].hoveredPixelProperty().addListener(o -> views[3].markDirty());
        drawing.addListener((o, a, d) -> show(d));
    }

    public ObjectProperty<PreprocessedDrawing> drawingProperty() {
        return drawing;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** Side of the field the scaled box must fit (20 for MNIST). */
    public void setFitSize(int fitSize) {
        this.fitSize = fitSize;
        show(drawing.get());
    }

    public StringProperty captionProperty(int step) {
        return captions[step].textProperty();
    }

    public StringProperty detailProperty(int step) {
        return details[step].textProperty();
    }

    /** The input pixel under the pointer, or null. */
    public ReadOnlyObjectProperty<PixelProbe> hoveredPixelProperty() {
        return views[3].hoveredPixelProperty();
    }

    /** The view of one step, for tests and tooltips. */
    public InkImageView stepView(int step) {
        return views[step];
    }

    private void show(PreprocessedDrawing d) {
        if (d == null) {
            for (InkImageView v : views) {
                v.imageProperty().set(null);
            }
            return;
        }
        views[0].overlayProperty().set(boxOverlay(d.boundingBox()));
        views[0].imageProperty().set(d.drawing());
        views[1].imageProperty().set(fitField(d.scaled()));
        views[2].overlayProperty().set(massOverlay(d));
        views[2].imageProperty().set(d.placed());
        views[3].overlayProperty().set(this::probeOverlay);
        views[3].imageProperty().set(d.input());
    }

    /** The scaled image in the middle of a fit × fit field, so the field shows how it fits. */
    private InkImage fitField(InkImage scaled) {
        InkImage field = InkImage.blank(fitSize, fitSize);
        if (scaled == null) {
            return field;
        }
        int ox = (fitSize - scaled.width()) / 2;
        int oy = (fitSize - scaled.height()) / 2;
        for (int y = 0; y < scaled.height(); y++) {
            for (int x = 0; x < scaled.width(); x++) {
                field.ink()[(y + oy) * fitSize + x + ox] = scaled.at(x, y);
            }
        }
        return field;
    }

    private static InkImageView.Overlay boxOverlay(BoundingBox box) {
        return (g, left, top, s, p) -> {
            if (box != null) {
                g.setStroke(p.accent());
                g.setLineWidth(1.5);
                g.strokeRect(left + box.x() * s, top + box.y() * s, box.width() * s, box.height() * s);
            }
        };
    }

    private InkImageView.Overlay massOverlay(PreprocessedDrawing d) {
        return (g, left, top, s, p) -> {
            int size = d.placed().width();
            double inset = (size - fitSize) / 2.0;
            g.setStroke(p.grid());
            g.setLineWidth(1);
            g.setLineDashes(3, 3);
            g.strokeRect(left + inset * s, top + inset * s, fitSize * s, fitSize * s);
            g.setLineDashes();
            if (d.isEmpty()) {
                return;
            }
            double mx = left + (d.massX() + 0.5) * s;
            double my = top + (d.massY() + 0.5) * s;
            double cx = left + (size / 2.0 + 0.5) * s;
            double cy = top + (size / 2.0 + 0.5) * s;
            g.setLineWidth(2);
            g.setStroke(p.accent());
            g.strokeLine(mx - 4, my - 4, mx + 4, my + 4);
            g.strokeLine(mx - 4, my + 4, mx + 4, my - 4);
            g.setStroke(p.success());
            g.strokeLine(mx, my, cx, cy);
            cross(g, cx, cy, p);
        };
    }

    private void probeOverlay(GraphicsContext g, double left, double top, double s, Palette p) {
        InkImage input = views[3].imageProperty().get();
        if (input != null) {
            cross(g, left + (input.width() / 2.0 + 0.5) * s, top + (input.height() / 2.0 + 0.5) * s, p);
        }
        PixelProbe probe = views[3].hoveredPixelProperty().get();
        if (probe != null) {
            g.setStroke(p.accent());
            g.setLineWidth(1.5);
            g.strokeRect(left + probe.x() * s, top + probe.y() * s, s, s);
        }
    }

    private static void cross(GraphicsContext g, double x, double y, Palette p) {
        g.setStroke(p.success());
        g.setLineWidth(2);
        g.strokeLine(x - 5, y, x + 5, y);
        g.strokeLine(x, y - 5, x, y + 5);
    }
}
