package io.github.dlplayground.visuals.convolution;

import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The in-place text field over an input, kernel or bias cell: Enter (or leaving the field) writes the number
 * into the model, Escape cancels; text that is not a number keeps the field open and marked. FX thread only.
 */
public final class CellEditor {
    /** Larger numbers would not fit a cell; the animator is for small worked examples. */
    static final double LIMIT = 1_000_000;

    private final ConvolutionModel model;
    private final TextField field = new TextField();
    private CellRef cell;
    private ConvSettings openedWith;
    private String initialText;

    CellEditor(ConvolutionModel model, ConvTexts texts) {
        this.model = model;
        field.setManaged(false);
        field.setVisible(false);
        field.getStyleClass().add("convolution-cell-editor");
        field.setTooltip(new Tooltip(texts.get("convolution.edit.tooltip")));
        field.setOnAction(e -> commit());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitOrCancel();
            }
        });
        model.addListener(() -> {
            if (cell != null && !model.settings().equals(openedWith)) {
                cancel();
            }
        });
    }

    public TextField field() {
        return field;
    }

    /** The cell being edited, if any. */
    public Optional<CellRef> cell() {
        return Optional.ofNullable(cell);
    }

    void open(CellRef ref) {
        commitOrCancel();
        cell = ref;
        openedWith = model.settings();
        initialText = CellFormat.format(value(ref)).replace('−', '-');
        field.setText(initialText);
        field.getStyleClass().remove("danger");
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    /** Writes the typed number; returns false (and keeps the field open) when it is not a number. */
    public boolean commit() {
        if (cell == null) {
            return true;
        }
        OptionalDouble v = parse(field.getText());
        if (v.isEmpty()) {
            if (!field.getStyleClass().contains("danger")) {
                field.getStyleClass().add("danger");
            }
            return false;
        }
        CellRef ref = cell;
        boolean unchanged = field.getText().strip().equals(initialText);
        close();
        if (unchanged) {
            // the field shows a rounded value; leaving it untouched must not round the number
            return true;
        }
        float f = (float) v.getAsDouble();
        switch (ref.kind()) {
            case INPUT -> model.setInput(ref.channel(), ref.row() - model.settings().padH(),
                    ref.col() - model.settings().padW(), f);
            case KERNEL -> model.setSlidingKernel(ref.channel(), ref.inChannel(), ref.row(), ref.col(), f);
            case BIAS -> model.setBias(ref.channel(), f);
            case OUTPUT -> throw new IllegalStateException("output cells are computed, not edited");
        }
        return true;
    }

    public void cancel() {
        close();
    }

    void commitOrCancel() {
        if (cell != null && !commit()) {
            cancel();
        }
    }

    /** A number as people type it: "-1.5", "−1.5", "1,5"; empty when it is not a finite number of sane size. */
    public static OptionalDouble parse(String text) {
        String t = text.strip().replace('−', '-').replace(',', '.');
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) && Math.abs(v) <= LIMIT ? OptionalDouble.of(v) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    void place(ConvolutionLayout layout) {
        if (cell == null) {
            return;
        }
        Rect r = switch (cell.kind()) {
            case INPUT -> layout.cellRect(layout.input(cell.channel()), cell.row(), cell.col());
            case KERNEL -> layout.cellRect(layout.kernel(cell.channel(), cell.inChannel()), cell.row(), cell.col());
            case BIAS -> layout.bias(cell.channel());
            case OUTPUT -> throw new IllegalStateException("output cells are computed, not edited");
        };
        double w = Math.max(r.width(), 56 * layout.scale());
        double h = Math.max(r.height(), 28 * layout.scale());
        field.setFont(Font.font(Math.max(11, Math.min(r.height() * 0.4, 20 * layout.scale()))));
        field.resizeRelocate(r.centerX() - w / 2, r.centerY() - h / 2, w, h);
    }

    private void close() {
        cell = null;
        field.setVisible(false);
    }

    private float value(CellRef ref) {
        return switch (ref.kind()) {
            case INPUT -> model.paddedInput(ref.channel(), ref.row(), ref.col());
            case KERNEL -> model.slidingKernel(ref.channel(), ref.inChannel(), ref.row(), ref.col());
            case BIAS -> model.bias(ref.channel());
            case OUTPUT -> model.output(ref.channel(), ref.row(), ref.col());
        };
    }
}
