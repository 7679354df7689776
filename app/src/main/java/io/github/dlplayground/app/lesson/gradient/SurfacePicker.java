package io.github.dlplayground.app.lesson.gradient;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.surface.ExpressionException;
import io.github.dlplayground.engine.surface.Surface;
import io.github.dlplayground.engine.surface.SurfacePreset;
import io.github.dlplayground.engine.surface.Surfaces;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * Chooses the function: 2D or 1D, a preset from the book, or a typed formula. A formula that cannot be
 * read is reported under the field with its column (the offending character is selected) and the
 * previous function stays. FX thread only.
 */
final class SurfacePicker extends VBox {
    static final String CUSTOM = "custom";

    /** What was chosen: the function, and the preset it came from (null for a typed formula). */
    record Choice(Surface surface, SurfacePreset preset) {
    }

    private final I18n i18n;
    private final javafx.beans.value.ChangeListener<java.util.Locale> localeListener = (o, was, now) -> this.presets.setConverter(converter());
    private final ToggleButton twoD = new ToggleButton();
    private final ToggleButton oneD = new ToggleButton();
    private final ComboBox<String> presets = new ComboBox<>();
    private final Label formulaLabel = new Label();
    private final TextField formula = new TextField();
    private final Label error = new Label();
    private final Consumer<Choice> onChoice;
    private boolean quiet;

    SurfacePicker(I18n i18n, Consumer<Choice> onChoice) {
        this.i18n = i18n;
        this.onChoice = onChoice;
        var group = new ToggleGroup();
        twoD.setToggleGroup(group);
        oneD.setToggleGroup(group);
        twoD.setSelected(true);
        bind(twoD, "gradient.mode.2d");
        bind(oneD, "gradient.mode.1d");
        twoD.getStyleClass().add("left-pill");
        oneD.getStyleClass().add("right-pill");
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                fillPresets();
            }
        });
        presets.setConverter(converter());
        // weak: the shell's I18n outlives this lesson
        i18n.localeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(localeListener));
        var presetTip = new Tooltip();
        presetTip.textProperty().bind(i18n.bind("gradient.surface.tooltip"));
        presets.setTooltip(presetTip);
        presets.valueProperty().addListener((o, was, now) -> {
            if (!quiet && now != null && !now.equals(CUSTOM)) {
                SurfacePreset p = Surfaces.preset(now);
                formula.setText(p.formula());
                showError(null);
                onChoice.accept(new Choice(p.surface(), p));
            }
        });
        formulaLabel.textProperty().bind(i18n.bind("gradient.formula.2d"));
        formula.setId("formula");
        var formulaTip = new Tooltip();
        formulaTip.textProperty().bind(i18n.bind("gradient.formula.tooltip"));
        formula.setTooltip(formulaTip);
        formula.setOnAction(e -> applyFormula());
        var apply = new Button();
        apply.textProperty().bind(i18n.bind("gradient.formula.apply"));
        apply.setGraphic(new FontIcon("mdi2f-function-variant"));
        var applyTip = new Tooltip();
        applyTip.textProperty().bind(i18n.bind("gradient.formula.apply.tooltip"));
        apply.setTooltip(applyTip);
        apply.setOnAction(e -> applyFormula());
        var label = new Label();
        label.textProperty().bind(i18n.bind("gradient.surface"));
        twoD.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        oneD.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        formulaLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        presets.setMinWidth(150);
        formula.setMinWidth(160);
        formula.setPrefColumnCount(22);
        var choose = new HBox(8, label, presets);
        choose.setAlignment(Pos.CENTER_LEFT);
        var type = new HBox(8, formulaLabel, formula, apply);
        type.setAlignment(Pos.CENTER_LEFT);
        // wraps onto a second line where the lesson is narrow (presenter mode)
        var row = new javafx.scene.layout.FlowPane(12, 6, new HBox(twoD, oneD), choose, type);
        row.setAlignment(Pos.CENTER_LEFT);
        error.setId("formula-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        getChildren().addAll(row, error);
        setSpacing(4);
        fillPresets();
    }

    private void bind(ToggleButton b, String key) {
        b.textProperty().bind(i18n.bind(key));
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(key + ".tooltip"));
        b.setTooltip(tip);
    }

    private StringConverter<String> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : i18n.get("gradient.preset." + name);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    /** 1 or 2. */
    int dimension() {
        return oneD.isSelected() ? 1 : 2;
    }

    private void fillPresets() {
        var names = new ArrayList<>(dimension() == 2 ? Surfaces.names2d() : Surfaces.names1d());
        names.add(CUSTOM);
        formulaLabel.textProperty().bind(i18n.bind(dimension() == 2 ? "gradient.formula.2d" : "gradient.formula.1d"));
        presets.getItems().setAll(names);
        presets.setValue(names.get(0));
    }

    /** Selects a preset by name (switching 1D / 2D as needed). */
    void select(String name) {
        SurfacePreset p = Surfaces.preset(name);
        (p.dimension() == 2 ? twoD : oneD).setSelected(true);
        presets.setValue(name);
    }

    /** Parses the field; a mistake is shown with its column and nothing else changes. */
    void applyFormula() {
        String text = formula.getText();
        try {
            Surface s = Surfaces.parse(text, dimension());
            showError(null);
            quiet = true;
            presets.setValue(CUSTOM);
            quiet = false;
            onChoice.accept(new Choice(s, null));
        } catch (ExpressionException e) {
            showError(i18n.get("gradient.error." + e.problem().name(), e.token(), e.column()) + " "
                    + i18n.get("gradient.error.kept"));
            formula.requestFocus();
            int at = Math.min(e.position(), text.length());
            formula.selectRange(at, Math.min(text.length(), at + Math.max(1, e.token().length())));
        }
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        error.setManaged(message != null);
        formula.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, message != null);
    }

    TextField formulaField() {
        return formula;
    }

    String errorText() {
        return error.getText();
    }

    String presetName() {
        return presets.getValue();
    }
}
