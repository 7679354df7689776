package io.github.dlplayground.visuals.convolution;

import io.github.dlplayground.engine.nn.Linear;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConvolutionModelTest {
    private static ConvolutionModel book() {
        var model = new ConvolutionModel(ConvSettings.bookExample());
        assertThat(Fills.bookExample(model)).isEmpty();
        return model;
    }

    private static float[] randomValues(Random r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextGaussian());
        }
        return v;
    }

    private static void assertClose(float[] actual, double[] expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat((double) actual[i]).as("element %d", i).isCloseTo(expected[i], within(1e-4));
        }
    }

    @Test
    void booksExampleGives19_25_37_43() {
        ConvolutionModel model = book();
        assertThat(model.outputValues()).containsExactly(19, 25, 37, 43);
        assertThat(model.step()).isEqualTo(4);
    }

    @Test
    void multiChannelOutputSumsOverInputChannelsPlusBias() {
        var r = new Random(7);
        var s = new ConvSettings(ConvOperation.CONV, 3, 2, 5, 4, 3, 2, 1, 0, 2, 1, false);
        var model = new ConvolutionModel(s);
        float[] x = randomValues(r, 3 * 5 * 4);
        float[] k = randomValues(r, 2 * 3 * 3 * 2);
        float[] b = randomValues(r, 2);
        model.setAll(x, k, b);
        assertClose(model.outputValues(), Reference.conv(s, x, k, b));
    }

    @Test
    void booksTwoChannelExampleSumsToTheBooksNumbers() {
        // d2l 6.4.1: X = [0..8, 1..9], K = [[0,1],[2,3]], [[1,2],[3,4]] → [[56, 72], [104, 120]]
        var s = new ConvSettings(ConvOperation.CONV, 2, 1, 3, 3, 2, 2, 0, 0, 1, 1, false);
        var model = new ConvolutionModel(s);
        model.setAll(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                new float[] {0, 1, 2, 3, 1, 2, 3, 4}, new float[] {0});
        assertThat(model.outputValues()).containsExactly(56, 72, 104, 120);
    }

    @Test
    void oneByOneConvolutionIsTheEnginesLinearLayerAtEveryPixel() {
        var r = new Random(3);
        var model = new ConvolutionModel(ConvSettings.bookExample());
        assertThat(Fills.oneByOne(model, r)).isEmpty();
        ConvSettings s = model.settings();
        int ci = s.inChannels();
        int co = s.outChannels();
        int pixels = s.inputH() * s.inputW();
        float[] x = randomValues(r, ci * pixels);
        float[] w = randomValues(r, co * ci);
        float[] b = randomValues(r, co);
        model.setAll(x, w, b);
        // the pixels as a batch of rows [H·W, C_in] through nn.Linear(C_in → C_out) with the same W [C_out, C_in]
        var linear = new Linear(ci, co);
        System.arraycopy(w, 0, linear.weight().value(), 0, w.length);
        System.arraycopy(b, 0, linear.bias().value(), 0, b.length);
        float[] rows = new float[pixels * ci];
        for (int p = 0; p < pixels; p++) {
            for (int c = 0; c < ci; c++) {
                rows[p * ci + c] = x[c * pixels + p];
            }
        }
        float[] y = linear.forward(new Tensor(Shape.of(pixels, ci), rows), false).data();
        for (int p = 0; p < pixels; p++) {
            for (int o = 0; o < co; o++) {
                assertThat(model.output(o, p / s.inputW(), p % s.inputW())).isCloseTo(y[p * co + o], within(1e-5f));
            }
        }
    }

    @Test
    void poolingMatchesADirectReference() {
        var r = new Random(11);
        for (ConvOperation op : new ConvOperation[] {ConvOperation.MAX_POOL, ConvOperation.AVG_POOL}) {
            var s = new ConvSettings(op, 2, 2, 5, 6, 3, 2, 1, 1, 2, 2, false);
            var model = new ConvolutionModel(s);
            float[] x = randomValues(r, 2 * 5 * 6);
            model.setAll(x, new float[2 * 2 * 3 * 2], new float[2]);
            assertClose(model.outputValues(), Reference.pool(s, x, op == ConvOperation.MAX_POOL));
        }
    }

    @Test
    void averagePoolingCountsPaddedZeros() {
        var s = new ConvSettings(ConvOperation.AVG_POOL, 1, 1, 2, 2, 2, 2, 1, 1, 2, 2, false);
        var model = new ConvolutionModel(s);
        model.setAll(new float[] {4, 8, 12, 16}, new float[4], new float[1]);
        // each 2×2 window holds one real cell and three padded zeros
        assertThat(model.outputValues()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void convolutionModeFlipsTheKernel() {
        ConvolutionModel model = book();
        model.trySettings(model.settings().withFlipped(true));
        // kernel rotated by 180°: [[3, 2], [1, 0]] → 0·3 + 1·2 + 3·1 + 4·0 = 5
        assertThat(model.slidingKernel(0, 0, 0, 0)).isEqualTo(3f);
        assertThat(model.output(0, 0, 0)).isEqualTo(5f);
        assertThat(model.kernel(0, 0, 0, 0)).isEqualTo(0f);
        model.setSlidingKernel(0, 0, 0, 0, 10);
        assertThat(model.kernel(0, 0, 1, 1)).isEqualTo(10f);
    }

    @Test
    void writtenOutSumsMatchTheEngineOutputForEveryStep() {
        var r = new Random(5);
        ConvSettings[] cases = {
            new ConvSettings(ConvOperation.CONV, 2, 3, 5, 4, 3, 2, 1, 1, 2, 1, false),
            new ConvSettings(ConvOperation.CONV, 1, 1, 4, 4, 3, 3, 2, 0, 1, 3, true),
            new ConvSettings(ConvOperation.MAX_POOL, 2, 2, 5, 5, 3, 3, 1, 1, 2, 2, false),
            new ConvSettings(ConvOperation.AVG_POOL, 2, 2, 5, 5, 2, 3, 1, 1, 1, 2, false)};
        for (ConvSettings s : cases) {
            var model = new ConvolutionModel(s);
            model.setAll(randomValues(r, s.inChannels() * s.inputH() * s.inputW()),
                    randomValues(r, s.outChannels() * s.inChannels() * s.kernelH() * s.kernelW()),
                    randomValues(r, s.outChannels()));
            for (int k = 1; k <= model.stepCount(); k++) {
                StepExplanation e = model.explain(k);
                WindowPosition p = e.position();
                assertThat(e.result()).isEqualTo(model.output(p.outChannel(), p.row(), p.col()));
                assertThat(recompute(e)).as("%s step %d", s, k).isCloseTo(e.result(), within(1e-4));
            }
        }
    }

    private static double recompute(StepExplanation e) {
        StepExplanation.ChannelTerms first = e.channels().get(0);
        return switch (e.operation()) {
            case CONV -> e.channels().stream().mapToDouble(StepExplanation.ChannelTerms::productSum).sum() + e.bias();
            case MAX_POOL -> first.terms().get(first.maxIndex()).input();
            case AVG_POOL -> first.terms().stream().mapToDouble(StepExplanation.Term::input).sum()
                    / first.terms().size();
        };
    }

    @Test
    void stepsFillOutputCellsInOrderAndTheLastStepShowsTheFullOutput() {
        ConvolutionModel model = book();
        model.setStep(0);
        assertThat(model.currentWindow()).isEmpty();
        assertThat(model.isFilled(0, 0, 0)).isFalse();
        int[][] corners = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        for (int k = 0; k < 4; k++) {
            assertThat(model.stepForward()).isTrue();
            WindowPosition w = model.currentWindow().orElseThrow();
            assertThat(new int[] {w.top(), w.left()}).containsExactly(corners[k]);
            assertThat(model.isFilled(0, corners[k][0], corners[k][1])).isTrue();
        }
        assertThat(model.stepForward()).isFalse();
        assertThat(model.step()).isEqualTo(model.stepCount());
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(model.isFilled(0, i, j)).isTrue();
            }
        }
        assertThat(model.stepBack()).isTrue();
        assertThat(model.isFilled(0, 1, 1)).isFalse();
    }

    @Test
    void resizingKeepsNumbersThatStillHaveAPlaceAndRefusesImpossibleSettings() {
        ConvolutionModel model = book();
        assertThat(model.trySettings(model.settings().withInput(4, 4))).isEmpty();
        assertThat(model.input(0, 2, 2)).isEqualTo(8f);
        assertThat(model.input(0, 3, 3)).isEqualTo(0f);
        assertThat(model.kernel(0, 0, 1, 1)).isEqualTo(3f);
        var before = model.settings();
        assertThat(model.trySettings(before.withKernel(7, 7)).orElseThrow().key())
                .isEqualTo("convolution.problem.kernelTooLarge");
        assertThat(model.settings()).isEqualTo(before);
    }

    @Test
    void listenersHearEveryChange() {
        ConvolutionModel model = book();
        int[] calls = {0};
        model.addListener(() -> calls[0]++);
        model.setInput(0, 0, 0, 2);
        model.setStep(1);
        model.setBias(0, 1);
        assertThat(calls[0]).isEqualTo(3);
        assertThat(model.output(0, 0, 0)).isEqualTo(20f);
    }
}
