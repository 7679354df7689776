package io.github.dlplayground.app.lesson.gradient;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.surface.RaceModel;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seven optimizers of the race: a tick box to enter each one, and inside its pane a slider + exact
 * field per hyperparameter; every change goes to the {@link RaceModel}, which replays that path at once.
 * FX thread only.
 */
final class OptimizerPanel extends VBox {
    private final I18n i18n;
    private final RaceModel model;
    private final Map<String, CheckBox> enabled = new HashMap<>();
    private final Map<String, Map<String, NumberControl>> controls = new HashMap<>();
    private final Accordion accordion = new Accordion();

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
        getChildren().addAll(title, accordion);
        setSpacing(8);
        setPadding(new Insets(0, 8, 0, 0));
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
        enabled.put(kind, box);
        var swatch = new Circle(6);
        swatch.fillProperty().bind(palette.map(p -> p.series(racer.colorIndex())));
        var name = new Label();
        name.textProperty().bind(i18n.bind("gradient.optimizer." + kind));
        var header = new HBox(8, box, swatch, name);
        header.setAlignment(Pos.CENTER_LEFT);

        var content = new VBox(8);
        Map<String, NumberControl> byName = new HashMap<>();
        for (String h : LabSettings.shown(racer.config())) {
            LabSettings.Range range = LabSettings.range(h);
            var control = new NumberControl(i18n, "gradient.hyper." + h, range.min(), range.max(), range.log(),
                    racer.config().get(h));
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

        var pane = new TitledPane();
        pane.setGraphic(header);
        pane.setContent(content);
        pane.setId("optimizer-" + kind);
        return pane;
    }

    /** Sets a racer's settings and shows them in its controls. */
    void applyConfig(String kind, OptimizerConfig config) {
        model.setConfig(kind, config);
        controls.get(kind).forEach((h, control) -> control.set(config.get(h)));
    }

    /** Opens the pane of one optimizer. */
    void expand(String kind) {
        accordion.getPanes().stream().filter(p -> p.getId().equals("optimizer-" + kind)).findFirst()
                .ifPresent(accordion::setExpandedPane);
    }

    CheckBox enabledBox(String kind) {
        return enabled.get(kind);
    }

    NumberControl control(String kind, String hyperparameter) {
        return controls.get(kind).get(hyperparameter);
    }

    List<String> kinds() {
        return OptimizerConfig.KINDS;
    }
}
