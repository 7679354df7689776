package io.github.dlplayground.app.lesson.softmax;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.activations.Controls;
import io.github.dlplayground.app.shell.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * The left column of the softmax lesson: the four pixels (a 2×2 preview and sliders), the choice between
 * o = Wx + b with an editable 3×4 weight table and biases or three logit sliders, the logit multiplier k
 * and the naive-formula switch. Every edit updates the {@link SoftmaxModel} and calls {@code onChange}.
 * A number that cannot be read is refused in place with a message; the previous value stays.
 */
final class SoftmaxInputsPane {
    private final LessonContext context;
    private final SoftmaxModel model;
    private final Runnable onChange;
    private final Rectangle[] swatches = new Rectangle[SoftmaxModel.FEATURES];
    private final Slider[] logitSliders = new Slider[SoftmaxModel.CLASSES];
    private final CheckBox naive = new CheckBox();
    private final Slider multiplier = new Slider(0, 3, 0);
    private final Label fieldError = new Label();
    private final VBox view;

    SoftmaxInputsPane(LessonContext context, SoftmaxModel model, Runnable onChange) {
        this.context = context;
        this.model = model;
        this.onChange = onChange;
        I18n i18n = context.i18n();
        var weightsBox = weightTable(i18n);
        var logitsBox = logitSliders(i18n);
        var sourceGroup = new ToggleGroup();
        var fromWeights = sourceToggle(i18n, sourceGroup, "softmax.source.weights", "softmax.source.weights.tip");
        var direct = sourceToggle(i18n, sourceGroup, "softmax.source.logits", "softmax.source.logits.tip");
        fromWeights.getStyleClass().add("left-pill");
        direct.getStyleClass().add("right-pill");
        fromWeights.setSelected(true);
        logitsBox.setVisible(false);
        sourceGroup.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            boolean weights = now == fromWeights;
            model.setSource(weights ? SoftmaxModel.Source.WEIGHTS : SoftmaxModel.Source.LOGITS);
            weightsBox.setVisible(weights);
            logitsBox.setVisible(!weights);
            onChange.run();
        });
        multiplier.valueProperty().addListener((o, a, v) -> {
            model.setMultiplier(Math.pow(10, Math.round(v.doubleValue() * 20) / 20.0));
            onChange.run();
        });
        naive.textProperty().bind(i18n.bind("softmax.naive"));
        naive.setWrapText(true);
        Controls.tooltip(i18n, naive, "softmax.naive.tip");
        naive.selectedProperty().addListener(o -> onChange.run());
        fieldError.getStyleClass().add("danger");
        fieldError.setWrapText(true);
        fieldError.setVisible(false);
        fieldError.setManaged(false);
        view = new VBox(8, Controls.heading(i18n, "softmax.inputs.title"), pixels(i18n), new javafx.scene.layout.FlowPane(fromWeights, direct),
                new StackPane(weightsBox, logitsBox), fieldError,
                Controls.slider(i18n, multiplier, "softmax.multiplier", "softmax.multiplier.tip",
                        v -> "k = " + PlotFormat.compact(model.multiplier())),
                naive);
        view.setPadding(new Insets(0, 8, 8, 0));
    }

    Node view() {
        return view;
    }

    boolean naiveShown() {
        return naive.isSelected();
    }

    CheckBox naiveBox() {
        return naive;
    }

    Slider logitSlider(int j) {
        return logitSliders[j];
    }

    Slider multiplierSlider() {
        return multiplier;
    }

    private Node pixels(I18n i18n) {
        var preview = new GridPane();
        preview.setHgap(2);
        preview.setVgap(2);
        var sliders = new VBox(4);
        for (int i = 0; i < SoftmaxModel.FEATURES; i++) {
            int index = i;
            swatches[i] = new Rectangle(34, 34);
            swatches[i].setStroke(Color.GRAY);
            preview.add(swatches[i], i % 2, i / 2);
            var slider = new Slider(0, 1, model.pixel(i));
            slider.valueProperty().addListener((o, a, v) -> {
                model.setPixel(index, v.doubleValue());
                paintSwatch(index);
                onChange.run();
            });
            paintSwatch(i);
            sliders.getChildren().add(Controls.slider(i18n, slider, "softmax.pixel." + (i + 1), "softmax.pixel.tip",
                    v -> String.format(Locale.ROOT, "%.2f", v)));
        }
        var caption = Controls.label(i18n, "softmax.pixels.caption");
        caption.getStyleClass().add("text-muted");
        var previewBox = new VBox(4, preview, caption);
        previewBox.setPrefWidth(90);
        caption.setMaxWidth(90);
        return new HBox(12, previewBox, sliders);
    }

    private void paintSwatch(int i) {
        double v = model.pixel(i);
        swatches[i].setFill(Color.gray(1 - v));
    }

    private ToggleButton sourceToggle(I18n i18n, ToggleGroup group, String key, String tip) {
        var toggle = new ToggleButton();
        toggle.textProperty().bind(i18n.bind(key));
        toggle.setToggleGroup(group);
        toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Controls.tooltip(i18n, toggle, tip);
        return toggle;
    }

    private VBox weightTable(I18n i18n) {
        var grid = new GridPane();
        grid.setHgap(3);
        grid.setVgap(4);
        for (int i = 0; i < SoftmaxModel.FEATURES; i++) {
            grid.add(header("x" + subscript(i + 1)), i + 1, 0);
        }
        grid.add(header("b"), SoftmaxModel.FEATURES + 1, 0);
        for (int j = 0; j < SoftmaxModel.CLASSES; j++) {
            var name = new Label(null, new FontIcon(SoftmaxLesson.CLASS_ICONS[j]));
            var tip = new javafx.scene.control.Tooltip();
            tip.textProperty().bind(i18n.bind("softmax.class." + j));
            name.setTooltip(tip);
            grid.add(name, 0, j + 1);
            for (int i = 0; i < SoftmaxModel.FEATURES; i++) {
                int row = j;
                int column = i;
                grid.add(numberField(i18n, model.weight(j, i), "W[" + (j + 1) + "," + (i + 1) + "]",
                        v -> model.setWeight(row, column, v)), i + 1, j + 1);
            }
            int row = j;
            grid.add(numberField(i18n, model.bias(j), "b[" + (j + 1) + "]", v -> model.setBias(row, v)),
                    SoftmaxModel.FEATURES + 1, j + 1);
        }
        var caption = Controls.label(i18n, "softmax.weights.caption");
        caption.getStyleClass().add("text-muted");
        return new VBox(4, grid, caption);
    }

    private VBox logitSliders(I18n i18n) {
        var box = new VBox(4);
        for (int j = 0; j < SoftmaxModel.CLASSES; j++) {
            int index = j;
            logitSliders[j] = new Slider(-10, 10, model.directLogit(j));
            logitSliders[j].valueProperty().addListener((o, a, v) -> {
                model.setDirectLogit(index, v.doubleValue());
                onChange.run();
            });
            box.getChildren().add(Controls.slider(i18n, logitSliders[j], "softmax.logit." + j, "softmax.logit.tip",
                    v -> String.format(Locale.ROOT, "%.2f", v)));
        }
        return box;
    }

    private TextField numberField(I18n i18n, double value, String name, java.util.function.DoubleConsumer setter) {
        var field = new TextField(format(value));
        field.setPrefColumnCount(3);
        field.minWidthProperty().bind(javafx.beans.binding.Bindings.when(context.presenterMode()).then(62.0)
                .otherwise(46.0));
        field.setStyle("-fx-padding: 4 4 4 4;");
        field.setAlignment(Pos.CENTER_RIGHT);
        Controls.tooltip(i18n, field, "softmax.weight.tip");
        Runnable commit = () -> {
            String text = field.getText().trim().replace('\u2212', '-').replace(',', '.');
            try {
                double v = Double.parseDouble(text);
                setter.accept(v);
                field.getStyleClass().remove("danger");
                fieldError.setVisible(false);
                fieldError.setManaged(false);
                onChange.run();
            } catch (IllegalArgumentException e) {
                field.getStyleClass().add("danger");
                fieldError.setText(i18n.get("softmax.weight.error", name, field.getText()));
                fieldError.setVisible(true);
                fieldError.setManaged(true);
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        return field;
    }

    private static Label header(String text) {
        var label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        return label;
    }

    private static String subscript(int n) {
        return String.valueOf((char) ('\u2080' + n));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
