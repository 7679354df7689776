package io.github.dlplayground.visuals.convolution;

import io.github.dlplayground.visuals.fx.Palette;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one animation step as a slide-sized picture: the grids as on screen, and under them the written-out
 * sums of the step and the output-shape formula. FX thread only (uses a canvas snapshot).
 */
public final class FrameRenderer {
    private final ConvolutionModel model;
    private final Palette palette;
    private final ConvTexts texts;
    private final int width;
    private final int height;
    private final double scale;

    /** Renders a copy of the model taken now, so later edits do not change an export in progress. */
    public FrameRenderer(ConvolutionModel model, Palette palette, ConvTexts texts, int width, int height) {
        this.model = model.copy();
        this.palette = palette;
        this.texts = texts;
        this.width = width;
        this.height = height;
        this.scale = height / 600.0;
    }

    /** Frames 0..stepCount: frame 0 shows the empty output, the last one the full output. */
    public int frameCount() {
        return model.stepCount() + 1;
    }

    public BufferedImage render(int step) {
        var canvas = new Canvas(width, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        List<String> caption = caption(step);
        double lineHeight = 22 * scale;
        double captionHeight = caption.size() * lineHeight + 16 * scale;
        var layout = new ConvolutionLayout(model.settings(), width, height - captionHeight, scale);
        ConvolutionRenderer.draw(g, model, step, layout, palette, texts);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(Font.getDefault().getFamily(), 15 * scale));
        double y = height - captionHeight + 8 * scale + lineHeight / 2;
        for (String line : caption) {
            g.setFill(palette.foreground());
            g.fillText(line, 16 * scale, y, width - 32 * scale);
            y += lineHeight;
        }
        var params = new SnapshotParameters();
        params.setFill(palette.background());
        return SwingFXUtils.fromFXImage(canvas.snapshot(params, null), null);
    }

    private List<String> caption(int step) {
        var lines = new ArrayList<String>();
        if (step > 0) {
            lines.addAll(StepText.lines(model.explain(step), texts));
        }
        lines.add(texts.get("convolution.formula.line", ShapeFormula.withChannels(model.settings())));
        return lines;
    }
}
