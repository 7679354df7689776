package io.github.dlplayground.visuals.convolution;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes a step out as text lines, e.g. "0×0 + 1×1 + 3×2 + 4×3 = 19"; with several input channels one line
 * per channel and a line summing the channels and the bias; "max(0, 1, 3, 4) = 4"; "(0 + 1 + 3 + 4) / 4 = 2".
 * The number after the last "=" is always the engine's output for that cell.
 */
public final class StepText {
    /** Longer sums show their first and last terms around "…". */
    static final int MAX_TERMS = 25;

    private StepText() {
    }

    public static List<String> lines(StepExplanation e, ConvTexts texts) {
        return switch (e.operation()) {
            case CONV -> convLines(e, texts);
            case MAX_POOL -> List.of(maxLine(e.channels().get(0), e.result()));
            case AVG_POOL -> List.of(avgLine(e.channels().get(0), e.result()));
        };
    }

    private static List<String> convLines(StepExplanation e, ConvTexts texts) {
        var lines = new ArrayList<String>();
        String result = CellFormat.format(e.result());
        String biasTerm = texts.get("convolution.text.biasTerm", CellFormat.factor(e.bias()));
        if (e.channels().size() == 1) {
            String products = products(e.channels().get(0));
            lines.add(e.bias() == 0f ? products + " = " + result : products + " + " + biasTerm + " = " + result);
        } else {
            var total = new StringJoiner(" + ");
            for (StepExplanation.ChannelTerms ch : e.channels()) {
                String sum = CellFormat.format(ch.productSum());
                lines.add(texts.get("convolution.text.channelLine", ch.channel(), products(ch) + " = " + sum));
                total.add(CellFormat.factor(ch.productSum()));
            }
            total.add(biasTerm);
            lines.add(texts.get("convolution.text.totalLine", total + " = " + result));
        }
        e.pixelMix().ifPresent(mix -> lines.add(texts.get("convolution.text.pixelMix", e.position().row(),
                e.position().col(), join(mix.x()), join(mix.y()))));
        return lines;
    }

    private static String products(StepExplanation.ChannelTerms ch) {
        var parts = new ArrayList<String>();
        for (StepExplanation.Term t : ch.terms()) {
            parts.add(CellFormat.factor(t.input()) + "×" + CellFormat.factor(t.weight()));
        }
        return shorten(parts, " + ");
    }

    private static String maxLine(StepExplanation.ChannelTerms ch, float result) {
        var parts = new ArrayList<String>();
        for (StepExplanation.Term t : ch.terms()) {
            if (!t.padding()) {
                parts.add(CellFormat.format(t.input()));
            }
        }
        return "max(" + shorten(parts, ", ") + ") = " + CellFormat.format(result);
    }

    private static String avgLine(StepExplanation.ChannelTerms ch, float result) {
        var parts = new ArrayList<String>();
        for (StepExplanation.Term t : ch.terms()) {
            parts.add(CellFormat.factor(t.input()));
        }
        return "(" + shorten(parts, " + ") + ") / " + ch.terms().size() + " = " + CellFormat.format(result);
    }

    private static String shorten(List<String> parts, String separator) {
        if (parts.size() <= MAX_TERMS) {
            return String.join(separator, parts);
        }
        return String.join(separator, parts.subList(0, 10)) + separator + "…" + separator
                + String.join(separator, parts.subList(parts.size() - 2, parts.size()));
    }

    private static String join(float[] values) {
        var joiner = new StringJoiner(", ");
        for (float v : values) {
            joiner.add(CellFormat.format(v));
        }
        return joiner.toString();
    }
}
