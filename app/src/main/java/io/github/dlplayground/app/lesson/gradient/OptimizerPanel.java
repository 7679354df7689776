package io.github.dlplayground.app.lesson.gradient;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.surface.RaceModel;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seven optimizers as the race's legend and controls in one: each header has a tick box to enter the
 * race, the colour, the name, and for a racing optimizer its step, current f and "diverged" where it
 * stopped; opening a header selects that optimizer (thicker path, its quantities) and shows a slider +
 * exact field per hyperparameter. Every change goes to the {@link RaceModel}, which replays that path at
 * once. FX thread only.
 */
final class OptimizerPanel extends VBox {
    private final I18n i18n;
    private final RaceModel model;
    private final StringProperty selected = new SimpleStringProperty(this, "selected");
    private final Map<String, Header> headers = new HashMap<>();
    private final Map<String, Map<String, NumberControl>> controls = new HashMap<>();
    private final Accordion accordion = new Accordion();

    private record Header(CheckBox enabled, Label name, Label step, Label f, Label status) {
    }

    OptimizerPanel(I18n i18n, RaceModel model, ObservableValue<Palette> palette) {
        this.i18n = i18n;
        this.model = model;
        var title = new Label();
        title.textProperty().bind(i18n.bind("gradient.optimizers"));
        title.getStyleClass().add("title-4");
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.bind("gradient.optimizers.tooltip"));
        title.setTooltip(tip);
        for (RaceModel.Racer r : model.racers()) {
            accordion.getPanes().add(pane(r, palette));
        }
        accordion.expandedPaneProperty().addListener((o, was, now) -> {
            if (now != null) {
                selected.set(now.getId().substring("optimizer-".length()));
            }
        });
        selected.addListener((o, was, now) -> update());
        getChildren().addAll(title, accordion);
        setSpacing(8);
        getStyleClass().add("optimizer-panel");
    }

    private TitledPane pane(RaceModel.Racer racer, ObservableValue<Palette> palette) {
        String kind = racer.kind();
        var box = new CheckBox();
        box.setSelected(racer.enabled());
        box.selectedProperty().addListener((o, was, now) -> model.setEnabled(kind, now));
        var boxTip = new Tooltip();
        boxTip.textProperty().bind(i18n.bind("gradient.optimizer.enable.tooltip"));
        box.setTooltip(boxTip);
        var swatch = new Circle(6);
        swatch.fillProperty().bind(palette.map(p -> p.series(racer.colorIndex())));
        var name = new Label();
        name.textProperty().bind(i18n.bind("gradient.optimizer." + kind));
        name.setMinWidth(40);
        var rowTip = new Tooltip();
        rowTip.textProperty().bind(i18n.bind("gradient.legend.tooltip"));
        name.setTooltip(rowTip);
        var header = new Header(box, name, new Label(), new Label(), new Label());
        header.step().getStyleClass().add("text-muted");
        header.status().getStyleClass().add("danger");
        for (Label l : List.of(header.step(), header.f(), header.status())) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var pane = new TitledPane();
        var row = new HBox(8, box, swatch, name, spacer, header.step(), header.f(), header.status());
        row.setAlignment(Pos.CENTER_LEFT);
        headers.put(kind, header);

        var content = new VBox(8);
        Map<String, NumberControl> byName = new HashMap<>();
        for (String h : LabSettings.shown(racer.config())) {
            LabSettings.Range range = LabSettings.range(h);
            var control = new NumberControl(i18n, "gradient.hyper." + h, range.min(), range.max(), range.log(),
                    racer.config().get(h), 112);
            control.setValidator(v -> racer.config().with(h, v).problems().isEmpty() ? null
                    : i18n.get("gradient.invalid." + h));
            control.valueProperty().addListener((o, was, now) -> {
                if (racer.config().get(h) != now.doubleValue()) {
                    model.setConfig(kind, racer.config().with(h, now.doubleValue()));
                }
            });
            byName.put(h, control);
            content.getChildren().add(control);
        }
        controls.put(kind, byName);
        var torch = new Button();
        torch.textProperty().bind(i18n.bind("gradient.optimizer.torch"));
        torch.setGraphic(new FontIcon("mdi2r-restore"));
        var torchTip = new Tooltip();
        torchTip.textProperty().bind(i18n.bind("gradient.optimizer.torch.tooltip"));
        torch.setTooltip(torchTip);
        torch.setOnAction(e -> applyConfig(kind, LabSettings.torchDefaults(racer.config())));
        content.getChildren().add(torch);

        pane.setGraphic(row);
        // the header row fills the title bar (less the arrow), so the numbers line up on the right; its
        // minimum stays small so that the panel can be narrow
        row.setMinWidth(200);
        row.prefWidthProperty().bind(pane.widthProperty().subtract(64));
        pane.setContent(content);
        pane.setId("optimizer-" + kind);
        return pane;
    }

    /** Refreshes the numbers in the headers: step, f, diverged. */
    void update() {
        for (RaceModel.Racer r : model.racers()) {
            Header h = headers.get(r.kind());
            // the tick box follows the model when a racer is entered from code (the box's own listener
            // calls the model, which ignores a value it already has)
            h.enabled().setSelected(r.enabled());
            boolean racing = r.descent() != null;
            h.step().setText(racing ? i18n.get("gradient.legend.step", r.descent().steps()) : "");
            h.f().setText(racing ? i18n.get("gradient.legend.f", NumberControl.format(r.descent().f(), 4)) : "");
            h.status().setText(r.diverged() ? i18n.get("gradient.legend.diverged") : "");
            h.name().setStyle(r.kind().equals(selected.get()) ? "-fx-font-weight: bold;" : "");
        }
    }

    /** Sets a racer's settings and shows them in its controls. */
    void applyConfig(String kind, OptimizerConfig config) {
        model.setConfig(kind, config);
        controls.get(kind).forEach((h, control) -> control.set(config.get(h)));
    }

    /** Opens the pane of one optimizer (which selects it). */
    void expand(String kind) {
        accordion.getPanes().stream().filter(p -> p.getId().equals("optimizer-" + kind)).findFirst()
                .ifPresent(accordion::setExpandedPane);
    }

    /** The kind whose path is drawn thicker and whose quantities are shown (null: none). */
    StringProperty selectedProperty() {
        return selected;
    }

    CheckBox enabledBox(String kind) {
        return headers.get(kind).enabled();
    }

    NumberControl control(String kind, String hyperparameter) {
        return controls.get(kind).get(hyperparameter);
    }

    /** The legend of the racing optimizers as shown: name, step, f, status. */
    List<List<String>> texts() {
        var out = new ArrayList<List<String>>();
        for (RaceModel.Racer r : model.enabledRacers()) {
            Header h = headers.get(r.kind());
            out.add(List.of(h.name().getText(), h.step().getText(), h.f().getText(), h.status().getText()));
        }
        return out;
    }
}
