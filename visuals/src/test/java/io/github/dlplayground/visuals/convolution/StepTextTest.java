package io.github.dlplayground.visuals.convolution;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StepTextTest {
    private static final Map<String, String> ENGLISH = Map.of(
            "convolution.text.biasTerm", "{0} (bias)",
            "convolution.text.channelLine", "channel {0}: {1}",
            "convolution.text.totalLine", "sum over channels + bias: {0}",
            "convolution.text.pixelMix", "pixel ({0}, {1}): x = ({2}) → y = W·x + b = ({3})");
    private static final ConvTexts TEXTS = (key, args) -> MessageFormat.format(ENGLISH.get(key), args);

    @Test
    void booksExampleIsWrittenOutStepByStep() {
        var model = new ConvolutionModel(ConvSettings.bookExample());
        Fills.bookExample(model);
        assertThat(StepText.lines(model.explain(1), TEXTS)).containsExactly("0×0 + 1×1 + 3×2 + 4×3 = 19");
        assertThat(StepText.lines(model.explain(2), TEXTS)).containsExactly("1×0 + 2×1 + 4×2 + 5×3 = 25");
        assertThat(StepText.lines(model.explain(3), TEXTS)).containsExactly("3×0 + 4×1 + 6×2 + 7×3 = 37");
        assertThat(StepText.lines(model.explain(4), TEXTS)).containsExactly("4×0 + 5×1 + 7×2 + 8×3 = 43");
    }

    @Test
    void biasAndNegativeFactorsAreWrittenOut() {
        var model = new ConvolutionModel(ConvSettings.bookExample());
        Fills.bookExample(model);
        model.setSlidingKernel(0, 0, 0, 0, -1);
        model.setBias(0, 2);
        assertThat(StepText.lines(model.explain(1), TEXTS)).containsExactly("0×(−1) + 1×1 + 3×2 + 4×3 + 2 (bias) = 21");
    }

    @Test
    void severalChannelsGetOneLineEachAndASumWithBias() {
        var s = new ConvSettings(ConvOperation.CONV, 2, 1, 3, 3, 2, 2, 0, 0, 1, 1, false);
        var model = new ConvolutionModel(s);
        model.setAll(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                new float[] {0, 1, 2, 3, 1, 2, 3, 4}, new float[] {1});
        assertThat(StepText.lines(model.explain(1), TEXTS)).containsExactly(
                "channel 0: 0×0 + 1×1 + 3×2 + 4×3 = 19",
                "channel 1: 1×1 + 2×2 + 4×3 + 5×4 = 37",
                "sum over channels + bias: 19 + 37 + 1 (bias) = 57");
    }

    @Test
    void poolingWritesTheMaximumOrTheAverageWithPaddedZeros() {
        var s = new ConvSettings(ConvOperation.MAX_POOL, 1, 1, 3, 3, 2, 2, 0, 0, 1, 1, false);
        var model = new ConvolutionModel(s);
        model.setAll(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, new float[4], new float[1]);
        assertThat(StepText.lines(model.explain(1), TEXTS)).containsExactly("max(0, 1, 3, 4) = 4");
        model.trySettings(s.withOperation(ConvOperation.AVG_POOL).withPadding(1, 1).withStride(2, 2));
        assertThat(StepText.lines(model.explain(1), TEXTS)).containsExactly("(0 + 0 + 0 + 0) / 4 = 0");
        assertThat(StepText.lines(model.explain(4), TEXTS)).containsExactly("(4 + 5 + 7 + 8) / 4 = 6");
        assertThat(StepText.lines(model.explain(2), TEXTS)).containsExactly("(0 + 0 + 1 + 2) / 4 = 0.75");
    }

    @Test
    void oneByOneStepShowsThePerPixelChannelMix() {
        var s = new ConvSettings(ConvOperation.CONV, 2, 2, 1, 1, 1, 1, 0, 0, 1, 1, false);
        var model = new ConvolutionModel(s);
        model.setAll(new float[] {2, 3}, new float[] {1, 1, 1, -1}, new float[] {0, 0});
        assertThat(StepText.lines(model.explain(1), TEXTS)).containsExactly(
                "channel 0: 2×1 = 2", "channel 1: 3×1 = 3", "sum over channels + bias: 2 + 3 + 0 (bias) = 5",
                "pixel (0, 0): x = (2, 3) → y = W·x + b = (5, −1)");
    }

    @Test
    void longSumsAreShortenedAroundAnEllipsis() {
        var s = new ConvSettings(ConvOperation.CONV, 1, 1, 6, 6, 6, 6, 0, 0, 1, 1, false);
        var model = new ConvolutionModel(s);
        float[] ones = new float[36];
        java.util.Arrays.fill(ones, 1);
        model.setAll(ones, ones, new float[1]);
        String line = StepText.lines(model.explain(1), TEXTS).get(0);
        assertThat(line).contains("…").endsWith("= 36");
        assertThat(line.split("×")).hasSize(13);
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(CellFormat.format(19.000002f)).isEqualTo("19");
        assertThat(CellFormat.format(-1.5)).isEqualTo("−1.5");
        assertThat(CellFormat.format(0.3333)).isEqualTo("0.33");
        assertThat(CellFormat.format(-0.001)).isEqualTo("0");
        assertThat(CellFormat.factor(-2)).isEqualTo("(−2)");
        assertThat(CellEditor.parse("−1,5").getAsDouble()).isEqualTo(-1.5);
        assertThat(CellEditor.parse("abc")).isEmpty();
        assertThat(CellEditor.parse("1e9")).isEmpty();
    }
}
