package io.github.dlplayground.app.lesson.gradient;

import io.github.dlplayground.app.shell.I18n;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A number as slider + exact field: the slider covers a typical range (on a log scale for learning rates
 * and ε), the field takes any value typed, checked by {@code validator} (a message, or null when fine);
 * a rejected value is shown under the row and the last good value stays. FX thread only.
 */
public final class NumberControl extends VBox {
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value");
    private final Slider slider;
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final boolean log;
    private final I18n i18n;
    private DoubleFunction<String> validator = v -> null;
    private boolean updating;
    private boolean integer;

    /**
     * @param labelKey i18n key of the name; "{labelKey}.tooltip" is its tooltip
     * @param log      slider position is log10 of the value
     */
    public NumberControl(I18n i18n, String labelKey, double min, double max, boolean log, double initial) {
        this(i18n, labelKey, min, max, log, initial, 100);
    }

    /** @param labelWidth width of the name in pixels */
    public NumberControl(I18n i18n, String labelKey, double min, double max, boolean log, double initial,
                         double labelWidth) {
        this.i18n = i18n;
        this.log = log;
        var label = new Label();
        label.textProperty().bind(i18n.bind(labelKey));
        label.setMinWidth(labelWidth);
        label.setPrefWidth(labelWidth);
        label.setWrapText(true);
        slider = new Slider(toSlider(min), toSlider(max), toSlider(initial));
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMinWidth(60);
        field.setPrefColumnCount(6);
        field.setMinWidth(72);
        field.setPrefWidth(76);
        field.setMaxWidth(76);
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(labelKey + ".tooltip"));
        label.setTooltip(tip);
        slider.setTooltip(tip);
        field.setTooltip(tip);
        error.getStyleClass().addAll("text-small", "danger");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        var row = new HBox(8, label, slider, field);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, error);
        setSpacing(2);
        value.set(initial);
        field.setText(format(initial));
        slider.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                commit(fromSlider(now.doubleValue()), true);
            }
        });
        field.setOnAction(e -> commitText());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitText();
            }
        });
    }

    /** Whole numbers only: slider positions are rounded, typed values must be whole. */
    public void setInteger(boolean whole) {
        integer = whole;
    }

    /** Checks typed values: returns a message to show, or null to accept. */
    public void setValidator(DoubleFunction<String> validator) {
        this.validator = validator;
    }

    private void commitText() {
        String text = field.getText().trim().replace(',', '.');
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            showError(i18n.get("gradient.number.invalid"));
            return;
        }
        commit(v, false);
    }

    private void commit(double v, boolean fromSlider) {
        if (integer && fromSlider) {
            v = Math.round(v);
        }
        String problem = integer && v != Math.rint(v) ? i18n.get("gradient.number.whole") : validator.apply(v);
        if (problem != null) {
            showError(problem);
            return;
        }
        showError(null);
        updating = true;
        try {
            if (!fromSlider) {
                slider.setValue(toSlider(v));
            }
            field.setText(format(v));
            value.set(v);
        } finally {
            updating = false;
        }
    }

    private void showError(String message) {
        boolean show = message != null;
        error.setText(show ? message : "");
        error.setVisible(show);
        error.setManaged(show);
        field.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, show);
    }

    /** Sets the value from code, checked as if typed. */
    public void set(double v) {
        commit(v, false);
    }

    public double get() {
        return value.get();
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public TextField field() {
        return field;
    }

    public Slider slider() {
        return slider;
    }

    /** The message under the row ("" when the value was accepted). */
    public String errorText() {
        return error.getText();
    }

    private double toSlider(double v) {
        return log ? Math.log10(Math.max(v, 1e-300)) : v;
    }

    private double fromSlider(double s) {
        if (!log) {
            return Math.round(s * 1000) / 1000.0;
        }
        // two significant digits on the log scale: 0.0123 → 0.012
        double v = Math.pow(10, s);
        double m = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        return Math.round(v / m) * m;
    }

    /** Up to 6 significant digits, no trailing zeros. */
    public static String format(double v) {
        return format(v, 6);
    }

    /** Up to {@code digits} significant digits, no trailing zeros; 1.2e-5 style outside [1e-4, 1e6). */
    public static String format(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        String s = a >= 1e-4 && a < 1e6 ? String.format(Locale.ROOT, "%." + digits + "g", v)
                : String.format(Locale.ROOT, "%." + Math.min(digits, 3) + "g", v);
        if (s.contains("e")) {
            return s.replaceAll("\\.?0+e", "e").replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
