package io.github.dlplayground.visuals.convolution;

import java.util.Optional;

/**
 * Where every grid goes in a width × height viewport: input channels stacked on the left (padded border
 * included), for a convolution a column of C_in kernels per output channel (kernel (o, c) level with input
 * channel c) and the bias below it, and the output channels on the right. One cell size for all grids,
 * as large as fits (at most 72 px × scale), the block centred. Pure geometry, no toolkit.
 */
public final class ConvolutionLayout {
    /** Largest cell side at scale 1, in pixels. */
    static final double MAX_CELL = 72;

    private final ConvSettings settings;
    private final double cell;
    private final double label;
    private final double header;
    private double operatorGap;
    private final double columnGap;
    private final double stackGap;
    private final double originX;
    private final double originY;
    private final double width;

    public ConvolutionLayout(ConvSettings settings, double width, double height, double scale) {
        this.settings = settings;
        this.width = width;
        label = 18 * scale;
        header = 26 * scale;
        // pooling writes "max 3×3 →" between input and output
        double gap = (settings.operation().isPooling() ? 110 : 44) * scale;
        columnGap = 16 * scale;
        stackGap = 10 * scale;
        operatorGap = gap;
        double[] w = widthTerms();
        double fit = (width - 16 * scale - w[1]) / w[0];
        for (double[] h : heightTerms()) {
            fit = Math.min(fit, (height - 8 * scale - header - h[1]) / h[0]);
        }
        cell = Math.max(2, Math.min(MAX_CELL * scale, Math.floor(fit)));
        double contentHeight = 0;
        for (double[] h : heightTerms()) {
            contentHeight = Math.max(contentHeight, h[0] * cell + h[1]);
        }
        // spare width goes partly into the operator gaps, so titles and symbols have room
        double slack = width - 16 * scale - (w[0] * cell + w[1]);
        if (slack > 0) {
            operatorGap += Math.min(slack / 4, 40 * scale);
            w = widthTerms();
        }
        originX = Math.max(8 * scale, (width - (w[0] * cell + w[1])) / 2);
        // centred vertically when there is room, never above the header band
        originY = header + Math.max(4 * scale, (height - header - contentHeight) / 2);
    }

    /** The viewport width the layout was made for. */
    public double width() {
        return width;
    }

    public double cell() {
        return cell;
    }

    public double scale() {
        return header / 26;
    }

    /** The baseline band of the column titles. */
    public double headerY() {
        return originY - header;
    }

    /** The padded input grid of channel c. */
    public Rect input(int c) {
        double y = originY + c * (label + settings.paddedH() * cell + stackGap) + label;
        return new Rect(originX, y, settings.paddedW() * cell, settings.paddedH() * cell);
    }

    /** The kernel of output channel o and input channel c (convolution only). */
    public Rect kernel(int o, int c) {
        double x = kernelsX() + o * (settings.kernelW() * cell + columnGap);
        return new Rect(x, input(c).y(), settings.kernelW() * cell, settings.kernelH() * cell);
    }

    /** The bias cell of output channel o, under its kernel column (convolution only). */
    public Rect bias(int o) {
        Rect last = kernel(o, settings.inChannels() - 1);
        return new Rect(last.x(), last.y() + last.height() + stackGap + label, cell, cell);
    }

    public Rect output(int o) {
        double x = outputsX();
        double y;
        if (settings.operation().isPooling()) {
            y = input(o).y();
        } else {
            y = originY + o * (label + settings.outputH() * cell + stackGap) + label;
        }
        return new Rect(x, y, settings.outputW() * cell, settings.outputH() * cell);
    }

    /** Centre of the operator between input and kernels (or the pooling label). */
    public double firstOperatorX() {
        return originX + settings.paddedW() * cell + operatorGap / 2;
    }

    /** Centre of the "=" before the outputs. */
    public double secondOperatorX() {
        return outputsX() - operatorGap / 2;
    }

    public double kernelsX() {
        return originX + settings.paddedW() * cell + operatorGap;
    }

    public double outputsX() {
        if (settings.operation().isPooling()) {
            return kernelsX();
        }
        int co = settings.outChannels();
        return kernelsX() + co * settings.kernelW() * cell + (co - 1) * columnGap + operatorGap;
    }

    /** Height of a label band above each grid. */
    public double labelHeight() {
        return label;
    }

    /** The cell at (x, y), if any. */
    public Optional<CellRef> hit(double x, double y) {
        for (int c = 0; c < settings.inChannels(); c++) {
            Optional<CellRef> r = cellIn(input(c), x, y, CellRef.Kind.INPUT, c, c);
            if (r.isPresent()) {
                return r;
            }
        }
        if (!settings.operation().isPooling()) {
            for (int o = 0; o < settings.outChannels(); o++) {
                for (int c = 0; c < settings.inChannels(); c++) {
                    Optional<CellRef> r = cellIn(kernel(o, c), x, y, CellRef.Kind.KERNEL, o, c);
                    if (r.isPresent()) {
                        return r;
                    }
                }
                if (bias(o).contains(x, y)) {
                    return Optional.of(new CellRef(CellRef.Kind.BIAS, o, 0, 0, 0));
                }
            }
        }
        for (int o = 0; o < settings.effectiveOutChannels(); o++) {
            Optional<CellRef> r = cellIn(output(o), x, y, CellRef.Kind.OUTPUT, o, o);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The rectangle of one cell of a grid. */
    public Rect cellRect(Rect grid, int row, int col) {
        return new Rect(grid.x() + col * cell, grid.y() + row * cell, cell, cell);
    }

    private Optional<CellRef> cellIn(Rect grid, double x, double y, CellRef.Kind kind, int channel, int in) {
        if (!grid.contains(x, y)) {
            return Optional.empty();
        }
        int row = (int) ((y - grid.y()) / cell);
        int col = (int) ((x - grid.x()) / cell);
        return Optional.of(new CellRef(kind, channel, in, row, col));
    }

    /** Width = terms[0]·cell + terms[1]. */
    private double[] widthTerms() {
        if (settings.operation().isPooling()) {
            return new double[] {settings.paddedW() + settings.outputW(), operatorGap};
        }
        int co = settings.outChannels();
        return new double[] {settings.paddedW() + co * settings.kernelW() + settings.outputW(),
            2 * operatorGap + (co - 1) * columnGap};
    }

    /** Each column's height below the header as terms[0]·cell + terms[1]; the cell must fit all of them. */
    private double[][] heightTerms() {
        int ci = settings.inChannels();
        double[] inputs = {ci * settings.paddedH(), ci * label + (ci - 1) * stackGap};
        if (settings.operation().isPooling()) {
            return new double[][] {inputs};
        }
        // kernels: level with the last input channel's top, then the bias row
        double[] kernels = {(ci - 1) * settings.paddedH() + settings.kernelH() + 1,
            (ci + 1) * label + ci * stackGap};
        int co = settings.outChannels();
        double[] outputs = {co * settings.outputH(), co * label + (co - 1) * stackGap};
        return new double[][] {inputs, kernels, outputs};
    }
}
