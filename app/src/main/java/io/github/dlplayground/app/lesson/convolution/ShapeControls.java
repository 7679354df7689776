package io.github.dlplayground.app.lesson.convolution;

import atlantafx.base.theme.Styles;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.convolution.ConvOperation;
import io.github.dlplayground.visuals.convolution.ConvSettings;
import io.github.dlplayground.visuals.convolution.ConvolutionModel;
import io.github.dlplayground.visuals.convolution.SettingsProblem;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;

/**
 * The operation (convolution / max / average pooling), the flip toggle and the shape spinners. A change the
 * engine cannot run is refused: the control goes back to its last good value and the reason is shown under it.
 * Pooling strides follow the window (as in PyTorch) until the stride is set by hand. FX thread only.
 */
final class ShapeControls {
    static final int MAX_CHANNELS = 4;
    static final int MAX_INPUT = 16;
    static final int MAX_KERNEL = 7;
    static final int MAX_PADDING = 4;
    static final int MAX_STRIDE = 4;

    private final ConvolutionModel model;
    private final I18n i18n;
    private final LocaleWatch locale;
    private final ComboBox<ConvOperation> operation = new ComboBox<>(FXCollections.observableArrayList(
            ConvOperation.values()));
    private final CheckBox flip = new CheckBox();
    private final Spinner<Integer> inChannels;
    private final Spinner<Integer> outChannels;
    private final Spinner<Integer> inputH;
    private final Spinner<Integer> inputW;
    private final Spinner<Integer> kernelH;
    private final Spinner<Integer> kernelW;
    private final Spinner<Integer> padH;
    private final Spinner<Integer> padW;
    private final Spinner<Integer> strideH;
    private final Spinner<Integer> strideW;
    private final Label kernelLabel = new Label();
    private final Label problem = new Label();
    private final VBox node;
    private final Runnable onModelChange = this::modelChanged;
    private Optional<SettingsProblem> lastProblem = Optional.empty();
    private ConvSettings seen;
    private boolean syncing;
    private boolean changing;

    ShapeControls(ConvolutionModel model, LocaleWatch locale) {
        this.model = model;
        this.locale = locale;
        this.i18n = locale.i18n();
        inChannels = Widgets.spinner(i18n, 1, MAX_CHANNELS, "convolution.control.inChannels.tooltip");
        outChannels = Widgets.spinner(i18n, 1, MAX_CHANNELS, "convolution.control.outChannels.tooltip");
        inputH = Widgets.spinner(i18n, 1, MAX_INPUT, "convolution.control.inputH.tooltip");
        inputW = Widgets.spinner(i18n, 1, MAX_INPUT, "convolution.control.inputW.tooltip");
        kernelH = Widgets.spinner(i18n, 1, MAX_KERNEL, "convolution.control.kernelH.tooltip");
        kernelW = Widgets.spinner(i18n, 1, MAX_KERNEL, "convolution.control.kernelW.tooltip");
        padH = Widgets.spinner(i18n, 0, MAX_PADDING, "convolution.control.padH.tooltip");
        padW = Widgets.spinner(i18n, 0, MAX_PADDING, "convolution.control.padW.tooltip");
        // stride 0 can be entered so that the reason it is impossible can be shown
        strideH = Widgets.spinner(i18n, 0, MAX_STRIDE, "convolution.control.strideH.tooltip");
        strideW = Widgets.spinner(i18n, 0, MAX_STRIDE, "convolution.control.strideW.tooltip");
        operation.setId("conv-operation");
        strideH.setId("conv-stride-h");
        strideW.setId("conv-stride-w");
        kernelH.setId("conv-kernel-h");
        problem.setId("conv-problem");
        operation.setTooltip(Widgets.tooltip(i18n, "convolution.op.tooltip"));
        operation.setCellFactory(v -> new OperationCell());
        operation.setButtonCell(new OperationCell());
        operation.setMaxWidth(Double.MAX_VALUE);
        flip.textProperty().bind(i18n.bind("convolution.flip"));
        flip.setTooltip(Widgets.tooltip(i18n, "convolution.flip.tooltip"));
        flip.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        node = new VBox(8, Widgets.title(i18n, "convolution.section.operation"), operation, flip,
                Widgets.title(i18n, "convolution.section.shape"), grid(), problem);
        sync();
        showProblem();
        for (Spinner<Integer> s : spinners()) {
            s.valueProperty().addListener((o, was, now) -> changed(s, was));
        }
        operation.valueProperty().addListener((o, was, now) -> changed(null, null));
        flip.selectedProperty().addListener((o, was, now) -> changed(null, null));
        model.addListener(onModelChange);
        locale.onChange(() -> showProblem());
    }

    Node node() {
        return node;
    }

    /** The reason the last change was refused, empty after a change that applied. */
    Optional<SettingsProblem> lastProblem() {
        return lastProblem;
    }

    Spinner<Integer> strideH() {
        return strideH;
    }

    void dispose() {
        model.removeListener(onModelChange);
    }

    private GridPane grid() {
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        row(grid, 0, Widgets.text(i18n, "convolution.control.inChannels"), inChannels, null);
        row(grid, 1, Widgets.text(i18n, "convolution.control.outChannels"), outChannels, null);
        row(grid, 2, Widgets.text(i18n, "convolution.control.input"), inputH, inputW);
        kernelLabel.setWrapText(true);
        row(grid, 3, kernelLabel, kernelH, kernelW);
        row(grid, 4, Widgets.text(i18n, "convolution.control.padding"), padH, padW);
        row(grid, 5, Widgets.text(i18n, "convolution.control.stride"), strideH, strideW);
        return grid;
    }

    private static void row(GridPane grid, int row, Label label, Spinner<Integer> first, Spinner<Integer> second) {
        label.setMinWidth(96);
        label.setPrefWidth(112);
        grid.add(label, 0, row);
        grid.add(first, 1, row);
        if (second != null) {
            grid.add(second, 2, row);
        }
    }

    private List<Spinner<Integer>> spinners() {
        return List.of(inChannels, outChannels, inputH, inputW, kernelH, kernelW, padH, padW, strideH, strideW);
    }

    private void changed(Spinner<Integer> source, Integer previous) {
        if (syncing) {
            return;
        }
        ConvSettings old = model.settings();
        ConvSettings next = fromControls(old);
        if (next.operation().isPooling()) {
            next = poolingDefaults(old, next, source, previous);
        }
        changing = true;
        try {
            lastProblem = model.trySettings(next);
        } finally {
            changing = false;
        }
        showProblem();
        sync();
    }

    /** A fill or an edit elsewhere: follow it; a reason shown for an earlier refusal no longer applies. */
    private void modelChanged() {
        if (!changing && !model.settings().equals(seen) && lastProblem.isPresent()) {
            lastProblem = Optional.empty();
            showProblem();
        }
        sync();
    }

    /** Strides follow the window as in PyTorch; switching to pooling keeps padding within half the window. */
    private ConvSettings poolingDefaults(ConvSettings old, ConvSettings next, Spinner<Integer> source,
                                         Integer previous) {
        if (!old.operation().isPooling()) {
            return next.withStride(next.kernelH(), next.kernelW())
                    .withPadding(Math.min(next.padH(), next.kernelH() / 2), Math.min(next.padW(), next.kernelW() / 2));
        }
        if (source == kernelH && old.strideH() == previous) {
            return next.withStride(next.kernelH(), next.strideW());
        }
        if (source == kernelW && old.strideW() == previous) {
            return next.withStride(next.strideH(), next.kernelW());
        }
        return next;
    }

    private ConvSettings fromControls(ConvSettings old) {
        ConvOperation op = operation.getValue();
        int out = op.isPooling() || old.operation().isPooling() ? old.outChannels() : outChannels.getValue();
        return new ConvSettings(op, inChannels.getValue(), out, inputH.getValue(), inputW.getValue(),
                kernelH.getValue(), kernelW.getValue(), padH.getValue(), padW.getValue(), strideH.getValue(),
                strideW.getValue(), flip.isSelected());
    }

    private void sync() {
        syncing = true;
        try {
            ConvSettings s = model.settings();
            seen = s;
            operation.setValue(s.operation());
            flip.setSelected(s.flipped());
            flip.setDisable(s.operation().isPooling());
            inChannels.getValueFactory().setValue(s.inChannels());
            outChannels.getValueFactory().setValue(s.effectiveOutChannels());
            outChannels.setDisable(s.operation().isPooling());
            outChannels.setTooltip(Widgets.tooltip(i18n, s.operation().isPooling()
                    ? "convolution.control.outChannels.pooling" : "convolution.control.outChannels.tooltip"));
            inputH.getValueFactory().setValue(s.inputH());
            inputW.getValueFactory().setValue(s.inputW());
            kernelH.getValueFactory().setValue(s.kernelH());
            kernelW.getValueFactory().setValue(s.kernelW());
            padH.getValueFactory().setValue(s.padH());
            padW.getValueFactory().setValue(s.padW());
            strideH.getValueFactory().setValue(s.strideH());
            strideW.getValueFactory().setValue(s.strideW());
            kernelLabel.textProperty().bind(i18n.bind(s.operation().isPooling() ? "convolution.control.window"
                    : "convolution.control.kernel"));
        } finally {
            syncing = false;
        }
    }

    private void showProblem() {
        problem.setText(lastProblem.map(p -> i18n.get("convolution.control.refused", i18n.get(p.key(),
                p.plainArgs()))).orElse(""));
        problem.setManaged(lastProblem.isPresent());
        problem.setVisible(lastProblem.isPresent());
    }

    private final class OperationCell extends ListCell<ConvOperation> {
        OperationCell() {
            locale.onChange(() -> updateItem(getItem(), isEmpty()));
        }

        @Override
        protected void updateItem(ConvOperation item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.get("convolution.op." + item.name()));
        }
    }
}
