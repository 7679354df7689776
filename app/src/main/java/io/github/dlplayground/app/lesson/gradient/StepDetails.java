package io.github.dlplayground.app.lesson.gradient;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.optim.Optimizer;
import io.github.dlplayground.engine.surface.Descent;
import io.github.dlplayground.visuals.surface.RaceModel;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "The quantities behind the step" for the selected optimizer: its update rule in plain text and the
 * numbers in it now — the point θ, ∇f there, the gradient g its last step used, the rule's state (velocity,
 * accumulated squares, moments) and, for Adam, the bias-corrected moments — all read from the engine's
 * optimizer. FX thread only.
 */
final class StepDetails extends VBox {
    private final I18n i18n;
    private final Label title = new Label();
    private final Label ruleCaption = new Label();
    private final Label rule = new Label();
    private final GridPane numbers = new GridPane();
    private final double[] gradient = new double[2];
    private final java.util.List<Label> values = new java.util.ArrayList<>();
    private java.util.List<String> shownKeys = java.util.List.of();
    private java.util.Locale shownLocale;

    StepDetails(I18n i18n) {
        this.i18n = i18n;
        title.getStyleClass().add("title-4");
        ruleCaption.getStyleClass().add("text-muted");
        ruleCaption.textProperty().bind(i18n.bind("gradient.details.rule"));
        rule.setWrapText(true);
        rule.getStyleClass().add("step-rule");
        numbers.setHgap(12);
        numbers.setVgap(2);
        getChildren().addAll(title, ruleCaption, rule, numbers);
        setSpacing(4);
        getStyleClass().add("step-details");
    }

    /** Shows the racer's quantities, or a hint when none is selected. */
    void show(RaceModel.Racer racer) {
        if (racer == null || racer.descent() == null) {
            numbers.getChildren().clear();
            values.clear();
            shownKeys = java.util.List.of();
            title.setText(i18n.get("gradient.details.none"));
            rule.setText("");
            ruleCaption.setVisible(false);
            return;
        }
        ruleCaption.setVisible(true);
        Descent d = racer.descent();
        Optimizer o = d.optimizer();
        Parameter p = d.point();
        title.setText(i18n.get("gradient.details.title", i18n.get("gradient.optimizer." + racer.kind()), d.steps()));
        // one equation per line: the rules are written with "; " between equations
        rule.setText(String.join("\n", i18n.get("gradient.rule." + racer.kind()).split("[;；]\\s*")));
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("point", vector(p.value()));
        d.currentGradient(gradient);
        rows.put(p.size() == 1 ? "derivative" : "gradnow", p.size() == 1 ? NumberControl.format(gradient[0], 4)
                : "(" + NumberControl.format(gradient[0], 4) + ", " + NumberControl.format(gradient[1], 4) + ")");
        rows.put("grad", vector(d.lastGradient()));
        o.state(p).forEach((k, v) -> rows.put(k, vector(v)));
        o.derived(p).forEach((k, v) -> rows.put(k, vector(v)));
        var keys = new java.util.ArrayList<>(rows.keySet());
        if (!keys.equals(shownKeys) || !i18n.locale().equals(shownLocale)) {
            buildRows(keys);
        }
        int r = 0;
        for (String value : rows.values()) {
            values.get(r++).setText(value);
        }
    }

    /** New labels only when the set of quantities (or the language) changes; numbers are set in place. */
    private void buildRows(java.util.List<String> keys) {
        numbers.getChildren().clear();
        values.clear();
        int r = 0;
        for (String key : keys) {
            var name = new Label(i18n.get("gradient.state." + key));
            name.getStyleClass().add("text-muted");
            name.setMinWidth(40);
            var value = new Label();
            value.getStyleClass().add("step-value");
            value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            numbers.addRow(r++, name, value);
            values.add(value);
        }
        shownKeys = keys;
        shownLocale = i18n.locale();
    }

    private static String vector(float[] v) {
        if (v.length == 1) {
            return NumberControl.format(v[0], 4);
        }
        var sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(NumberControl.format(v[i], 4));
        }
        return sb.append(')').toString();
    }

    /** Visible texts, for tests. */
    String text() {
        var sb = new StringBuilder(title.getText()).append('\n').append(rule.getText());
        numbers.getChildren().forEach(n -> sb.append('\n').append(((Label) n).getText()));
        return sb.toString();
    }
}
