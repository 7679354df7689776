package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.spec.LrSchedule;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.visuals.network.BlockFormat;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The training settings: optimizer and its hyperparameters (only those the rule reads), learning rate and
 * schedule, weight decay, batch size, epochs, weight initialisation, seed, validation share and training-set
 * size. {@link #configProperty()} holds the last valid {@link TrainingConfig}; {@link #validProperty()} is false
 * and {@link #problemProperty()} says what to change while some field is not usable. FX thread only.
 */
final class TrainingSettingsPane extends GridPane {
    private static final List<String> HYPER = List.of(OptimizerConfig.MOMENTUM, OptimizerConfig.DAMPENING,
            OptimizerConfig.ALPHA, OptimizerConfig.RHO, OptimizerConfig.BETA1, OptimizerConfig.BETA2,
            OptimizerConfig.EPS);

    private final I18n i18n;
    private final ObjectProperty<TrainingConfig> config = new SimpleObjectProperty<>(TrainingConfig.defaults());
    private final BooleanProperty valid = new SimpleBooleanProperty(true);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ComboBox<String> kind = new ComboBox<>(FXCollections.observableArrayList(OptimizerConfig.KINDS));
    private final ComboBox<String> schedule = new ComboBox<>(FXCollections.observableArrayList("constant", "step",
            "cosine"));
    private final ComboBox<WeightInit> init = new ComboBox<>(FXCollections.observableArrayList(WeightInit.values()));
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Map<String, Node[]> rows = new LinkedHashMap<>();
    private boolean updating;

    TrainingSettingsPane(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("studio-training-settings");
        setHgap(8);
        setVgap(6);
        kind.setConverter(converter(k -> OptimizerConfig.defaults(k).displayName()));
        kind.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : OptimizerConfig.defaults(item).displayName());
            }
        });
        translateChoices();
        i18n.localeProperty().addListener(o -> translateChoices());
        addRow("optimizer", kind);
        addField("lr");
        for (String h : HYPER) {
            addField(h);
        }
        addField("weight_decay");
        addRow("schedule", schedule);
        addField("step_size");
        addField("gamma");
        addField("min_lr");
        addField("batch_size");
        addField("epochs");
        addRow("init", init);
        addField("seed");
        addField("validation_fraction");
        addField("training_set_size");
        kind.valueProperty().addListener((o, a, k) -> kindChanged(k));
        schedule.valueProperty().addListener(o -> changed());
        init.valueProperty().addListener(o -> changed());
        setConfig(TrainingConfig.defaults());
    }

    /** Choice boxes show translated names; a new converter makes them redraw in the new language. */
    private void translateChoices() {
        schedule.setConverter(converter(s -> i18n.get("studio.schedule." + s)));
        init.setConverter(converter(w -> i18n.get("studio.init." + w.jsonName())));
        schedule.setButtonCell(null);
        init.setButtonCell(null);
    }

    ObjectProperty<TrainingConfig> configProperty() {
        return config;
    }

    BooleanProperty validProperty() {
        return valid;
    }

    StringProperty problemProperty() {
        return problem;
    }

    TextField field(String name) {
        return fields.get(name);
    }

    ComboBox<String> optimizerBox() {
        return kind;
    }

    /** Shows a configuration (from a preset, a file, or "retry with lr ÷ 10"). */
    void setConfig(TrainingConfig c) {
        updating = true;
        try {
            OptimizerConfig o = c.optimizer();
            kind.setValue(o.kind());
            set("lr", Double.isNaN(o.lr()) ? "" : number(o.lr()));
            for (String h : HYPER) {
                set(h, number(o.get(h)));
            }
            set("weight_decay", number(o.weightDecay()));
            LrSchedule s = c.schedule();
            schedule.setValue(s instanceof LrSchedule.Step ? "step" : s instanceof LrSchedule.Cosine ? "cosine"
                    : "constant");
            set("step_size", s instanceof LrSchedule.Step st ? Integer.toString(st.stepSize()) : "5");
            set("gamma", s instanceof LrSchedule.Step st ? number(st.gamma()) : "0.1");
            set("min_lr", s instanceof LrSchedule.Cosine co ? number(co.minLr()) : "0");
            set("batch_size", Integer.toString(c.batchSize()));
            set("epochs", Integer.toString(c.epochs()));
            init.setValue(c.init());
            set("seed", Long.toString(c.seed()));
            set("validation_fraction", number(c.validationFraction()));
            set("training_set_size", Integer.toString(c.trainingSetSize()));
        } finally {
            updating = false;
        }
        showRelevantRows();
        changed();
    }

    static String number(double v) {
        return Numbers.format(v);
    }

    private void set(String name, String text) {
        fields.get(name).setText(text);
    }

    private void kindChanged(String k) {
        if (updating || k == null) {
            return;
        }
        OptimizerConfig d = OptimizerConfig.defaults(k);
        updating = true;
        try {
            for (String h : HYPER) {
                set(h, number(d.get(h)));
            }
            if (!Double.isNaN(d.lr()) && fields.get("lr").getText().isBlank()) {
                set("lr", number(d.lr()));
            }
        } finally {
            updating = false;
        }
        showRelevantRows();
        changed();
    }

    private void showRelevantRows() {
        String k = kind.getValue() == null ? "sgd" : kind.getValue();
        List<String> used = OptimizerConfig.defaults(k).hyperparameters();
        for (String h : HYPER) {
            show(h, used.contains(h));
        }
        String s = schedule.getValue();
        show("step_size", "step".equals(s));
        show("gamma", "step".equals(s));
        show("min_lr", "cosine".equals(s));
    }

    private void show(String name, boolean visible) {
        for (Node n : rows.get(name)) {
            n.setVisible(visible);
        }
        relayoutRows();
    }

    /** Hidden rows leave the grid, so they leave no gap. */
    private void relayoutRows() {
        getChildren().clear();
        int r = 0;
        for (Node[] row : rows.values()) {
            if (row[0].isVisible()) {
                add(row[0], 0, r);
                add(row[1], 1, r);
                r++;
            }
        }
    }

    private void changed() {
        if (updating) {
            return;
        }
        showRelevantRows();
        try {
            TrainingConfig c = read();
            List<String> problems = c.problems();
            if (!problems.isEmpty()) {
                fail(i18n.get("studio.settings.engineProblem", problems.get(0)));
                return;
            }
            problem.set("");
            valid.set(true);
            config.set(c);
        } catch (FieldException e) {
            fail(e.getMessage());
        }
    }

    private void fail(String message) {
        problem.set(message);
        valid.set(false);
    }

    private TrainingConfig read() throws FieldException {
        String k = kind.getValue();
        double lr = number("lr");
        if (!(lr > 0)) {
            throw new FieldException(i18n.get("studio.settings.positive", "lr"));
        }
        OptimizerConfig o = OptimizerConfig.defaults(k).withLr(lr);
        for (String h : OptimizerConfig.defaults(k).hyperparameters()) {
            if (!h.equals(OptimizerConfig.LR)) {
                o = o.with(h, number(h.equals(OptimizerConfig.WEIGHT_DECAY) ? "weight_decay" : h));
            }
        }
        LrSchedule s = switch (schedule.getValue()) {
            case "step" -> new LrSchedule.Step(integer("step_size"), number("gamma"));
            case "cosine" -> new LrSchedule.Cosine(number("min_lr"));
            default -> new LrSchedule.Constant();
        };
        int batch = integer("batch_size");
        int epochs = integer("epochs");
        if (batch < 1 || epochs < 1) {
            throw new FieldException(i18n.get("studio.settings.atLeastOne", batch < 1 ? "batch_size" : "epochs"));
        }
        double fraction = number("validation_fraction");
        if (!(fraction >= 0 && fraction < 1)) {
            throw new FieldException(i18n.get("studio.settings.fraction"));
        }
        int size = integer("training_set_size");
        if (size < 0) {
            throw new FieldException(i18n.get("studio.settings.size"));
        }
        return new TrainingConfig(o, batch, epochs, s, init.getValue(), longValue("seed"), fraction, size);
    }

    private double number(String name) throws FieldException {
        try {
            double v = Double.parseDouble(fields.get(name).getText().trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new FieldException(i18n.get("studio.settings.notNumber", name));
        }
    }

    private int integer(String name) throws FieldException {
        Integer v = LayerFields.parseInt(fields.get(name).getText());
        if (v == null) {
            throw new FieldException(i18n.get("studio.settings.notWhole", name));
        }
        return v;
    }

    private long longValue(String name) throws FieldException {
        try {
            return Long.parseLong(fields.get(name).getText().trim());
        } catch (NumberFormatException e) {
            throw new FieldException(i18n.get("studio.settings.notWhole", name));
        }
    }

    private void addField(String name) {
        var field = new TextField();
        field.setPrefColumnCount(7);
        field.setMinWidth(60);
        field.textProperty().addListener(o -> changed());
        fields.put(name, field);
        addRow(name, field);
    }

    private void addRow(String name, javafx.scene.control.Control control) {
        var label = new Label();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.textProperty().bind(i18n.bind("studio.setting." + name));
        label.setTooltip(StudioUi.tooltip(i18n, "studio.setting." + name + ".tip"));
        control.setTooltip(StudioUi.tooltip(i18n, "studio.setting." + name + ".tip"));
        control.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(control, Priority.ALWAYS);
        rows.put(name, new Node[] {label, control});
        relayoutRows();
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /** A field whose text cannot be used, with the translated sentence. */
    private static final class FieldException extends Exception {
        private static final long serialVersionUID = 1L;

        FieldException(String message) {
            super(message);
        }
    }
}
