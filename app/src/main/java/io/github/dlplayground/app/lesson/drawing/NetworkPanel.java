package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.digits.Classification;
import io.github.dlplayground.engine.digits.LayerOutput;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.visuals.drawing.ActivationsView;
import io.github.dlplayground.visuals.drawing.LayerActivation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Inside the network: each layer's output for the current drawing as heat maps, in a scroll pane.
 * FX thread only.
 */
final class NetworkPanel extends VBox {
    private final ActivationsView activations = new ActivationsView();
    private final Label empty = new Label();

    NetworkPanel(I18n i18n) {
        super(8);
        setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        var title = new Label();
        title.textProperty().bind(i18n.bind("drawing.network.caption"));
        Tooltip.install(title, PadPanel.tooltip(i18n, "drawing.network.tip"));
        title.getStyleClass().add("text-muted");
        title.setWrapText(true);
        empty.textProperty().bind(i18n.bind("drawing.network.empty"));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        activations.setId("activations");
        Tooltip.install(activations, PadPanel.tooltip(i18n, "drawing.network.tip"));
        var scroll = new ScrollPane(activations);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, empty, scroll);
    }

    ActivationsView activations() {
        return activations;
    }

    void show(Classification c) {
        List<LayerActivation> layers = c == null ? List.of() : toActivations(c.layers());
        activations.activationsProperty().set(layers);
        empty.setVisible(layers.isEmpty());
        empty.setManaged(layers.isEmpty());
    }

    /**
     * Engine layer outputs as maps: C×H×W stays, anything else becomes a vector of its size. Flatten is left
     * out: it only reshapes the maps before it into one vector.
     */
    static List<LayerActivation> toActivations(List<LayerOutput> outputs) {
        var out = new ArrayList<LayerActivation>();
        for (LayerOutput o : outputs) {
            if (o.layer().startsWith("Flatten")) {
                continue;
            }
            Shape s = o.shape();
            String title = o.layer() + "  →  " + s;
            if (s.rank() == 3) {
                out.add(new LayerActivation(title, s.dim(0), s.dim(1), s.dim(2), o.values()));
            } else {
                out.add(new LayerActivation(title, s.size(), 1, 1, o.values()));
            }
        }
        return out;
    }
}
