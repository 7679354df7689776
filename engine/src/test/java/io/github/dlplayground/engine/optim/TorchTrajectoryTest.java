package io.github.dlplayground.engine.optim;

import io.github.dlplayground.engine.nn.Parameter;
import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Thirty steps on f(x, y) = x² + 2y² from (1.5, −0.5), compared with torch.optim 1.13 in float32. The
 * reference numbers come from docs/reference/optim_trajectories.py; rows are {step, x, y}.
 */
class TorchTrajectoryTest {
    private static final int STEPS = 30;

    static Stream<Arguments> references() {
        return Stream.of(
            ref("sgd", p -> new Sgd(p, 0.1), new float[][] {{1, 1.20000005f, -0.300000012f}, {2, 0.960000038f, -0.180000007f}, {3, 0.768000007f, -0.108000003f}, {10, 0.161061287f, -0.00302330893f}, {30, 0.0018569103f, -1.10536952e-07f}}),
            ref("sgd_wd", p -> new Sgd(p, 0.1, 0, 0, 0.05, false), new float[][] {{1, 1.1925f, -0.297499985f}, {2, 0.948037505f, -0.177012488f}, {3, 0.753689826f, -0.105322428f}, {10, 0.1512734f, -0.00278060674f}, {30, 0.00153852731f, -8.59960778e-08f}}),
            ref("momentum", p -> new Sgd(p, 0.05, 0.9, 0, 0, false), new float[][] {{1, 1.35000002f, -0.400000006f}, {2, 1.08000004f, -0.230000004f}, {3, 0.729000092f, -0.0309999995f}, {10, -0.883183956f, -0.00219991128f}, {30, -0.300862193f, -0.0220214035f}}),
            ref("momentum_dampening", p -> new Sgd(p, 0.05, 0.9, 0.3, 0, false), new float[][] {{1, 1.35000002f, -0.400000006f}, {2, 1.12050009f, -0.254000008f}, {3, 0.835515082f, -0.0870400146f}, {10, -0.814110637f, 0.18600814f}, {30, -0.0687267929f, -0.0689614415f}}),
            ref("nesterov", p -> new Sgd(p, 0.05, 0.9, 0, 0.01, true), new float[][] {{1, 1.21357501f, -0.309524983f}, {2, 0.85973537f, -0.110408939f}, {3, 0.486881107f, 0.0550020002f}, {10, -0.517522693f, -0.0263132341f}, {30, -0.0612550192f, 0.000243621238f}}),
            ref("adagrad", p -> new AdaGrad(p, 0.3, 0, 1e-10), new float[][] {{1, 1.20000005f, -0.199999988f}, {2, 1.01259148f, -0.0885827839f}, {3, 0.872697532f, -0.0398889408f}, {10, 0.366823554f, -0.000153918809f}, {30, 0.0391757041f, -1.96196427e-11f}}),
            ref("adagrad_decay", p -> new AdaGrad(p, 0.3, 0.1, 0.02, 0.5, 1e-10), new float[][] {{1, 1.20784986f, -0.2170012f}, {2, 1.03955901f, -0.113669313f}, {3, 0.922297716f, -0.0650019497f}, {10, 0.549825072f, -0.00416440936f}, {30, 0.282427996f, -7.80376722e-05f}}),
            ref("rmsprop", RmsProp::new, new float[][] {{1, 1.39999998f, -0.400000006f}, {2, 1.33158505f, -0.337339163f}, {3, 1.27685142f, -0.290433228f}, {10, 1.02940559f, -0.119587101f}, {30, 0.660773456f, -0.0102686649f}}),
            ref("rmsprop_centered_momentum", p -> new RmsProp(p, 0.01, 0.9, 1e-8, 0.01, 0.5, true), new float[][] {{1, 1.4666667f, -0.466666669f}, {2, 1.42478287f, -0.425361693f}, {3, 1.38190961f, -0.384029657f}, {10, 1.11240172f, -0.164183557f}, {30, 0.367958605f, -0.000875024591f}}),
            ref("adadelta", AdaDelta::new, new float[][] {{1, 1.49683774f, -0.496837735f}, {2, 1.49359655f, -0.493603081f}, {3, 1.49030352f, -0.490325689f}, {10, 1.46648073f, -0.466945797f}, {30, 1.39529312f, -0.400811791f}}),
            ref("adadelta_wd", p -> new AdaDelta(p, 0.5, 0.8, 1e-4, 0.1), new float[][] {{1, 1.48881996f, -0.488820314f}, {2, 1.47707438f, -0.477155268f}, {3, 1.46495926f, -0.465238392f}, {10, 1.37470579f, -0.380933255f}, {30, 1.09664154f, -0.172478795f}}),
            ref("adam", p -> new Adam(p, 0.1, 0.9, 0.999, 1e-8, 0, false), new float[][] {{1, 1.39999998f, -0.400000006f}, {2, 1.30023909f, -0.301187426f}, {3, 1.20090294f, -0.204871252f}, {10, 0.537953377f, 0.203322813f}, {30, -0.268015653f, -0.0209951866f}}),
            ref("adam_amsgrad_wd", p -> new Adam(p, 0.1, 0.8, 0.99, 1e-8, 0.05, true), new float[][] {{1, 1.39999998f, -0.399999976f}, {2, 1.30042505f, -0.301784426f}, {3, 1.2015965f, -0.207190216f}, {10, 0.562652349f, 0.132623151f}, {30, -0.0655223206f, 0.0149543928f}}));
    }

    private static Arguments ref(String name, Function<List<Parameter>, Optimizer> make, float[][] rows) {
        return Arguments.of(name, make, rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void trajectoryMatchesTorchOptim(String name, Function<List<Parameter>, Optimizer> make, float[][] rows) {
        var theta = new Parameter("theta", Shape.of(2), new float[] {1.5f, -0.5f});
        Optimizer o = make.apply(List.of(theta));
        int row = 0;
        for (int step = 1; step <= STEPS; step++) {
            o.zeroGrad();
            // ∂/∂x (x² + 2y²) = 2x, ∂/∂y = 4y: exact in float32, as in torch's autograd
            theta.grad()[0] = 2 * theta.value()[0];
            theta.grad()[1] = 4 * theta.value()[1];
            o.step();
            if (step == (int) rows[row][0]) {
                for (int k = 0; k < 2; k++) {
                    float expected = rows[row][k + 1];
                    assertThat(theta.value()[k]).as("%s step %d coordinate %d", name, step, k)
                            .isCloseTo(expected, within(Math.max(2e-6f, Math.abs(expected) * 2e-6f)));
                }
                row++;
            }
        }
        assertThat(row).isEqualTo(rows.length);
    }
}
