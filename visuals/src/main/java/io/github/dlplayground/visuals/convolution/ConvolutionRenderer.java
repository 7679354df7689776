package io.github.dlplayground.visuals.convolution;

import io.github.dlplayground.visuals.fx.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.Optional;

/**
 * Draws the grids of a {@link ConvolutionModel} at a given step: padded input (border hatched, zeros muted),
 * kernels and bias, output cells filled up to the step, the window on every input channel it reads, the
 * kernel column in use and, for max pooling, the largest cell. Cells are tinted by value (accent for
 * positive, danger for negative). Draws only; never changes the model.
 */
public final class ConvolutionRenderer {
    private static final String FAMILY = Font.getDefault().getFamily();

    private ConvolutionRenderer() {
    }

    public static void draw(GraphicsContext g, ConvolutionModel model, int step, ConvolutionLayout layout,
                            Palette palette, ConvTexts texts) {
        ConvSettings s = model.settings();
        Optional<WindowPosition> window = step == 0 ? Optional.empty() : Optional.of(s.position(step));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        drawTitles(g, s, layout, palette, texts);
        drawInputs(g, model, layout, palette, texts);
        if (s.operation().isPooling()) {
            String op = s.operation() == ConvOperation.MAX_POOL ? "max" : "avg";
            operator(g, layout, palette, layout.firstOperatorX(), op + " " + s.kernelH() + "×" + s.kernelW() + " →",
                    0.55);
        } else {
            operator(g, layout, palette, layout.firstOperatorX(), s.flipped() ? "∗" : "⋆", s.flipped() ? 1.0 : 1.5);
            drawKernels(g, model, layout, palette, window);
            operator(g, layout, palette, layout.secondOperatorX(), "=", 1.0);
        }
        drawOutputs(g, model, step, layout, palette, texts, window);
        window.ifPresent(w -> drawWindow(g, model, step, layout, palette, w));
    }

    private static void drawTitles(GraphicsContext g, ConvSettings s, ConvolutionLayout layout, Palette palette,
                                   ConvTexts texts) {
        double sc = layout.scale();
        Rect in = layout.input(0);
        Rect out = layout.output(0);
        int co = s.effectiveOutChannels();
        String inputTitle = texts.get("convolution.grid.input", s.inChannels() + "×" + s.inputH() + "×" + s.inputW());
        String outputTitle = texts.get("convolution.grid.output", co + "×" + s.outputH() + "×" + s.outputW());
        String middleTitle = null;
        double middleCenter = 0;
        if (!s.operation().isPooling()) {
            Rect first = layout.kernel(0, 0);
            Rect last = layout.kernel(s.outChannels() - 1, 0);
            String key = s.kernelH() == 1 && s.kernelW() == 1 ? "convolution.grid.kernelsOneByOne"
                    : "convolution.grid.kernels";
            middleTitle = texts.get(key, s.outChannels() + "×" + s.inChannels() + "×" + s.kernelH() + "×"
                    + s.kernelW());
            middleCenter = (first.x() + last.x() + last.width()) / 2;
        }
        // the largest font (at most 14 px × scale) at which the titles, kept near their grids, do not overlap
        double gap = 12 * sc;
        double size = 14 * sc;
        double[] x = new double[3];
        for (; size > 8; size -= 0.5) {
            Font font = Font.font(FAMILY, FontWeight.BOLD, size);
            double wIn = width(inputTitle, font);
            double wOut = width(outputTitle, font);
            double wMid = middleTitle == null ? -gap : width(middleTitle, font);
            x[0] = Math.max(4, in.centerX() - wIn / 2);
            x[2] = Math.min(layout.width() - 4 - wOut, out.centerX() - wOut / 2);
            x[1] = Math.max(x[0] + wIn + gap, Math.min(x[2] - gap - wMid, middleCenter - wMid / 2));
            boolean fits = x[0] + wIn + gap <= x[1] + 0.5 && x[1] + wMid + gap <= x[2] + 0.5;
            if (fits) {
                break;
            }
        }
        g.setFont(Font.font(FAMILY, FontWeight.BOLD, size));
        g.setFill(palette.foreground());
        g.setTextAlign(TextAlignment.LEFT);
        double y = layout.headerY() + 11 * sc;
        g.fillText(inputTitle, x[0], y);
        g.fillText(outputTitle, x[2], y);
        if (middleTitle != null) {
            g.fillText(middleTitle, x[1], y);
        }
        g.setTextAlign(TextAlignment.CENTER);
    }

    private static double width(String text, Font font) {
        var t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static void drawInputs(GraphicsContext g, ConvolutionModel model, ConvolutionLayout layout,
                                   Palette palette, ConvTexts texts) {
        ConvSettings s = model.settings();
        double max = maxAbs(model.inputValues());
        for (int c = 0; c < s.inChannels(); c++) {
            Rect grid = layout.input(c);
            label(g, layout, palette, grid, texts.get("convolution.grid.channel", c));
            for (int row = 0; row < s.paddedH(); row++) {
                for (int col = 0; col < s.paddedW(); col++) {
                    Rect r = layout.cellRect(grid, row, col);
                    if (model.isPadding(row, col)) {
                        paddingCell(g, layout, palette, r, s.operation() == ConvOperation.MAX_POOL ? "−∞" : "0");
                    } else {
                        valueCell(g, layout, palette, r, model.paddedInput(c, row, col), max);
                    }
                }
            }
            double inset = layout.cell();
            g.setStroke(palette.foreground());
            g.setLineWidth(1.5 * layout.scale());
            g.strokeRect(grid.x() + s.padW() * inset, grid.y() + s.padH() * inset, s.inputW() * inset,
                    s.inputH() * inset);
        }
    }

    private static void drawKernels(GraphicsContext g, ConvolutionModel model, ConvolutionLayout layout,
                                    Palette palette, Optional<WindowPosition> window) {
        ConvSettings s = model.settings();
        double max = maxAbs(model.kernelValues());
        double maxBias = maxAbs(model.biasValues());
        for (int o = 0; o < s.outChannels(); o++) {
            boolean active = window.isPresent() && window.get().outChannel() == o;
            for (int c = 0; c < s.inChannels(); c++) {
                Rect grid = layout.kernel(o, c);
                // in convolution mode the grid shows the kernel as it slides: rotated by 180°
                label(g, layout, palette, grid, "K[" + o + "," + c + "]" + (s.flipped() ? " ↻180°" : ""));
                for (int a = 0; a < s.kernelH(); a++) {
                    for (int b = 0; b < s.kernelW(); b++) {
                        valueCell(g, layout, palette, layout.cellRect(grid, a, b), model.slidingKernel(o, c, a, b),
                                max);
                    }
                }
                outline(g, layout, active ? palette.accent() : palette.foreground(), grid, active ? 3 : 1.5);
            }
            Rect bias = layout.bias(o);
            label(g, layout, palette, bias, "b[" + o + "]");
            valueCell(g, layout, palette, bias, model.bias(o), maxBias);
            outline(g, layout, active ? palette.accent() : palette.foreground(), bias, active ? 3 : 1.5);
        }
    }

    /** The number shown in output cell (o, i, j) at this step: the engine's value once filled, else "". */
    public static String outputText(ConvolutionModel model, int step, int o, int i, int j) {
        ConvSettings s = model.settings();
        int index = (o * s.outputH() + i) * s.outputW() + j;
        return index < step ? CellFormat.format(model.output(o, i, j)) : "";
    }

    private static void drawOutputs(GraphicsContext g, ConvolutionModel model, int step, ConvolutionLayout layout,
                                    Palette palette, ConvTexts texts, Optional<WindowPosition> window) {
        ConvSettings s = model.settings();
        double max = maxAbs(model.outputValues());
        for (int o = 0; o < s.effectiveOutChannels(); o++) {
            Rect grid = layout.output(o);
            label(g, layout, palette, grid, texts.get("convolution.grid.channel", o));
            for (int i = 0; i < s.outputH(); i++) {
                for (int j = 0; j < s.outputW(); j++) {
                    Rect r = layout.cellRect(grid, i, j);
                    String text = outputText(model, step, o, i, j);
                    if (text.isEmpty()) {
                        emptyCell(g, layout, palette, r);
                    } else {
                        valueCell(g, layout, palette, r, model.output(o, i, j), max);
                    }
                }
            }
            outline(g, layout, palette.foreground(), grid, 1.5);
        }
        window.ifPresent(w -> outline(g, layout, palette.accent(),
                layout.cellRect(layout.output(w.outChannel()), w.row(), w.col()), 3.5));
    }

    private static void drawWindow(GraphicsContext g, ConvolutionModel model, int step, ConvolutionLayout layout,
                                   Palette palette, WindowPosition w) {
        ConvSettings s = model.settings();
        double cell = layout.cell();
        int first = s.operation().isPooling() ? w.outChannel() : 0;
        int last = s.operation().isPooling() ? w.outChannel() : s.inChannels() - 1;
        for (int c = first; c <= last; c++) {
            Rect grid = layout.input(c);
            var r = new Rect(grid.x() + w.left() * cell, grid.y() + w.top() * cell, s.kernelW() * cell,
                    s.kernelH() * cell);
            g.setFill(palette.accent().deriveColor(0, 1, 1, 0.12));
            g.fillRect(r.x(), r.y(), r.width(), r.height());
            outline(g, layout, palette.accent(), r, 3.5);
        }
        if (s.operation() == ConvOperation.MAX_POOL) {
            StepExplanation.ChannelTerms terms = model.explain(step).channels().get(0);
            StepExplanation.Term t = terms.terms().get(terms.maxIndex());
            outline(g, layout, palette.success(), layout.cellRect(layout.input(w.outChannel()), t.row(), t.col()), 3);
        }
    }

    private static void valueCell(GraphicsContext g, ConvolutionLayout layout, Palette palette, Rect r, double v,
                                  double max) {
        g.setFill(palette.background());
        g.fillRect(r.x(), r.y(), r.width(), r.height());
        double t = max == 0 ? 0 : Math.min(1, Math.abs(v) / max);
        Color tint = v >= 0 ? palette.accent() : palette.danger();
        g.setFill(tint.deriveColor(0, 1, 1, 0.55 * t));
        g.fillRect(r.x(), r.y(), r.width(), r.height());
        gridLines(g, layout, palette, r);
        number(g, palette.foreground(), r, CellFormat.format(v));
    }

    private static void paddingCell(GraphicsContext g, ConvolutionLayout layout, Palette palette, Rect r,
                                    String text) {
        g.setFill(palette.grid().deriveColor(0, 1, 1, 0.35));
        g.fillRect(r.x(), r.y(), r.width(), r.height());
        g.setStroke(palette.grid());
        g.setLineWidth(layout.scale());
        // diagonal hatching marks the zero border
        for (double d = 6 * layout.scale(); d < 2 * r.width(); d += 7 * layout.scale()) {
            double x0 = r.x() + Math.min(d, r.width());
            double y0 = r.y() + Math.max(0, d - r.width());
            double x1 = r.x() + Math.max(0, d - r.height());
            double y1 = r.y() + Math.min(d, r.height());
            g.strokeLine(x0, y0, x1, y1);
        }
        g.setLineDashes(3 * layout.scale());
        g.setStroke(palette.muted());
        g.strokeRect(r.x() + 0.5, r.y() + 0.5, r.width() - 1, r.height() - 1);
        g.setLineDashes();
        number(g, palette.muted(), r, text);
    }

    private static void emptyCell(GraphicsContext g, ConvolutionLayout layout, Palette palette, Rect r) {
        g.setFill(palette.background());
        g.fillRect(r.x(), r.y(), r.width(), r.height());
        gridLines(g, layout, palette, r);
    }

    private static void gridLines(GraphicsContext g, ConvolutionLayout layout, Palette palette, Rect r) {
        g.setStroke(palette.grid());
        g.setLineWidth(layout.scale());
        g.strokeRect(r.x(), r.y(), r.width(), r.height());
    }

    private static void number(GraphicsContext g, Color color, Rect r, String text) {
        double size = Math.min(r.height() * 0.42, r.width() * 0.9 / (0.6 * text.length()));
        if (size < 6.5) {
            return;
        }
        g.setFont(Font.font(FAMILY, size));
        g.setFill(color);
        g.fillText(text, r.centerX(), r.centerY());
    }

    private static void label(GraphicsContext g, ConvolutionLayout layout, Palette palette, Rect grid, String text) {
        g.setFont(Font.font(FAMILY, 11.5 * layout.scale()));
        g.setFill(palette.muted());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(text, grid.x(), grid.y() - layout.labelHeight() / 2);
        g.setTextAlign(TextAlignment.CENTER);
    }

    private static void operator(GraphicsContext g, ConvolutionLayout layout, Palette palette, double x, String op,
                                 double size) {
        Rect first = layout.input(0);
        g.setFont(Font.font(FAMILY, FontWeight.BOLD, 26 * size * layout.scale()));
        g.setFill(palette.foreground());
        g.fillText(op, x, first.centerY());
    }

    private static void outline(GraphicsContext g, ConvolutionLayout layout, Color color, Rect r, double width) {
        g.setStroke(color);
        g.setLineWidth(width * layout.scale());
        g.strokeRect(r.x(), r.y(), r.width(), r.height());
    }

    private static double maxAbs(float[] values) {
        double m = 0;
        for (float v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
