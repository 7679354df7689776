package io.github.dlplayground.visuals.convolution;

import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConvSettingsTest {
    private static ConvSettings conv(int nh, int nw, int kh, int kw, int ph, int pw, int sh, int sw) {
        return new ConvSettings(ConvOperation.CONV, 1, 1, nh, nw, kh, kw, ph, pw, sh, sw, false);
    }

    @ParameterizedTest(name = "n={0}×{1} k={2}×{3} pad={4},{5} s={6},{7} → {8}×{9}")
    @CsvSource({
        // n_h, n_w, k_h, k_w, pad_h, pad_w, s_h, s_w, out_h, out_w
        "3, 3, 2, 2, 0, 0, 1, 1, 2, 2",     // the book's example
        "8, 8, 3, 3, 1, 1, 1, 1, 8, 8",     // padding keeps the size (book 6.3.1)
        "8, 8, 5, 3, 2, 1, 1, 1, 8, 8",     // asymmetric kernel, matching padding
        "8, 8, 3, 3, 1, 1, 2, 2, 4, 4",     // book 6.3.2: stride 2 halves
        "8, 8, 3, 5, 0, 1, 3, 4, 2, 2",     // book 6.3.2: ⌊(8−3+0+3)/3⌋ × ⌊(8−5+2+4)/4⌋
        "7, 7, 3, 3, 0, 0, 2, 2, 3, 3",     // odd size, stride 2
        "5, 4, 2, 3, 1, 0, 2, 1, 3, 2",     // asymmetric everything
        "1, 1, 1, 1, 0, 0, 1, 1, 1, 1",
        "4, 4, 5, 5, 1, 1, 1, 1, 2, 2",     // kernel bigger than input, fits padded input
        "6, 9, 1, 1, 0, 0, 4, 4, 2, 3",     // 1×1 with large stride
        "10, 3, 4, 3, 3, 2, 3, 5, 5, 1"})
    void outputShapeMatchesBookFormulaAndEngine(int nh, int nw, int kh, int kw, int ph, int pw, int sh, int sw,
                                                int oh, int ow) {
        ConvSettings s = conv(nh, nw, kh, kw, ph, pw, sh, sw);
        assertThat(s.problem()).isEmpty();
        assertThat(s.outputH()).isEqualTo(oh);
        assertThat(s.outputW()).isEqualTo(ow);
        assertThat(EngineForward.outputShape(s)).isEqualTo(Shape.of(1, oh, ow));
        assertThat(EngineForward.forward(s, new float[nh * nw], new float[kh * kw], new float[1]))
                .hasSize(oh * ow);
    }

    @Test
    void poolingOutputShapeMatchesEngine() {
        var s = new ConvSettings(ConvOperation.MAX_POOL, 3, 3, 5, 7, 3, 2, 1, 1, 2, 2, false);
        assertThat(s.effectiveOutChannels()).isEqualTo(3);
        assertThat(EngineForward.outputShape(s)).isEqualTo(Shape.of(3, 3, 4));
        assertThat(EngineForward.outputShape(s.withOperation(ConvOperation.AVG_POOL))).isEqualTo(Shape.of(3, 3, 4));
    }

    @Test
    void refusesKernelLargerThanPaddedInput() {
        assertThat(conv(4, 4, 5, 5, 0, 0, 1, 1).problem()).contains(
                new SettingsProblem("convolution.problem.kernelTooLarge", List.of(5, 5, 4, 4)));
        assertThat(conv(4, 4, 3, 6, 1, 0, 1, 1).problem()).contains(
                new SettingsProblem("convolution.problem.kernelTooLarge", List.of(3, 6, 6, 4)));
    }

    @Test
    void refusesZeroStride() {
        assertThat(conv(4, 4, 2, 2, 0, 0, 0, 1).problem().orElseThrow().key()).isEqualTo("convolution.problem.stride");
        assertThat(conv(4, 4, 2, 2, 0, 0, 1, 0).problem().orElseThrow().key()).isEqualTo("convolution.problem.stride");
    }

    @Test
    void refusesPoolingPaddingOverHalfTheWindow() {
        var s = new ConvSettings(ConvOperation.AVG_POOL, 1, 1, 4, 4, 2, 2, 2, 0, 2, 2, false);
        assertThat(s.problem().orElseThrow().key()).isEqualTo("convolution.problem.poolPadding");
        assertThat(s.withPadding(1, 1).problem()).isEmpty();
    }

    @Test
    void positionsRunOverChannelsRowsThenColumnsWithStride() {
        var s = new ConvSettings(ConvOperation.CONV, 1, 2, 5, 5, 3, 3, 1, 0, 2, 2, false);
        // padded 7×5, output ⌊(5−3+2+2)/2⌋ × ⌊(5−3+0+2)/2⌋ = 3 × 2
        List<WindowPosition> p = s.positions();
        assertThat(p).hasSize(s.stepCount()).hasSize(2 * 3 * 2);
        assertThat(p.subList(0, 3)).containsExactly(new WindowPosition(0, 0, 0, 0, 0),
                new WindowPosition(0, 0, 1, 0, 2), new WindowPosition(0, 1, 0, 2, 0));
        assertThat(p.get(p.size() - 1)).isEqualTo(new WindowPosition(1, 2, 1, 4, 2));
        for (int k = 1; k <= p.size(); k++) {
            assertThat(s.position(k)).isEqualTo(p.get(k - 1));
        }
    }

    @Test
    void formulaIsWrittenWithTheCurrentNumbers() {
        assertThat(ShapeFormula.withNumbers(conv(8, 8, 3, 5, 0, 1, 3, 4)))
                .isEqualTo("⌊(8 − 3 + 0 + 3)/3⌋ × ⌊(8 − 5 + 2 + 4)/4⌋ = 2 × 2");
    }
}
