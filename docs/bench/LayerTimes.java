import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.loss.SoftmaxCrossEntropy;
import io.github.dlplayground.engine.nn.AvgPool2d;
import io.github.dlplayground.engine.nn.Conv2d;
import io.github.dlplayground.engine.nn.Flatten;
import io.github.dlplayground.engine.nn.Layer;
import io.github.dlplayground.engine.nn.Linear;
import io.github.dlplayground.engine.nn.MaxPool2d;
import io.github.dlplayground.engine.nn.Relu;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.nn.Sigmoid;
import io.github.dlplayground.engine.optim.Sgd;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.engine.tensor.Tensor;
import io.github.dlplayground.engine.util.Simd;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Where a training step's time goes, layer by layer (batch 256, medians over 60 timed steps after 200 warm-up
 * steps), or one convolution alone. Run from the repository root after building the jar:
 *
 * java --add-modules jdk.incubator.vector -cp app/target/dlplayground.jar docs/bench/LayerTimes.java lenet
 * java --add-modules jdk.incubator.vector -cp app/target/dlplayground.jar docs/bench/LayerTimes.java lenet-relu
 * java --add-modules jdk.incubator.vector -cp app/target/dlplayground.jar docs/bench/LayerTimes.java conv 6 16 0 14 5
 *     (conv IN OUT PAD SIZE KERNEL: forward and backward with and without the input gradient, min and median)
 *
 * Add -Ddlplayground.simd=off (and leave out --add-modules) for the plain Java loops.
 */
public class LayerTimes {
    private static final int BATCH = 256;

    public static void main(String[] args) {
        System.out.println("vector loops: " + Simd.describe());
        if (args.length > 0 && args[0].equals("conv")) {
            convolution(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        } else {
            step(args.length > 0 && args[0].equals("lenet-relu"));
        }
    }

    private static void step(boolean relu) {
        Supplier<Layer> act = relu ? Relu::new : Sigmoid::new;
        Supplier<Layer> pool = () -> relu ? new MaxPool2d(2, 2) : new AvgPool2d(2, 2);
        List<Layer> layers = List.of(new Conv2d(1, 6, 5, 5, 2, 2, 1, 1), act.get(), pool.get(),
                new Conv2d(6, 16, 5, 5, 0, 0, 1, 1), act.get(), pool.get(), new Flatten(),
                new Linear(400, 120), act.get(), new Linear(120, 84), act.get(), new Linear(84, 10));
        var net = new Sequential(layers);
        net.useBackend(Backends.defaultBackend());
        net.initialize(1L);
        net.computeInputGradient(false);
        var random = new Random(1);
        Tensor images = randomTensor(random, BATCH, 1, 28, 28);
        int[] labels = new int[BATCH];
        for (int i = 0; i < BATCH; i++) {
            labels[i] = random.nextInt(10);
        }
        var optimizer = new Sgd(net.parameters(), 0.1);
        var loss = new SoftmaxCrossEntropy();
        int count = layers.size();
        long[][] forward = new long[count][60];
        long[][] backward = new long[count][60];
        long[] whole = new long[60];
        for (int step = 0; step < 260; step++) {
            int slot = step - 200;
            long start = System.nanoTime();
            optimizer.zeroGrad();
            Tensor t = images;
            for (int l = 0; l < count; l++) {
                long t0 = System.nanoTime();
                t = layers.get(l).forward(t, true);
                record(forward[l], slot, t0);
            }
            loss.forward(t, labels);
            Tensor g = loss.backward();
            for (int l = count - 1; l >= 0; l--) {
                long t0 = System.nanoTime();
                g = layers.get(l).backward(g);
                record(backward[l], slot, t0);
            }
            optimizer.step();
            record(whole, slot, start);
        }
        for (int l = 0; l < count; l++) {
            System.out.printf("%-26s forward %6.3f ms  backward %6.3f ms%n", layers.get(l).describe(),
                    median(forward[l]), median(backward[l]));
        }
        System.out.printf("whole step %.2f ms (%.0f samples/s)%n", median(whole), BATCH / median(whole) * 1e3);
    }

    private static void convolution(int in, int out, int pad, int size, int kernel) {
        for (boolean inputGradient : new boolean[] {false, true}) {
            var conv = new Conv2d(in, out, kernel, kernel, pad, pad, 1, 1);
            conv.useBackend(Backends.defaultBackend());
            conv.computeInputGradient(inputGradient);
            var random = new Random(1);
            Tensor x = randomTensor(random, BATCH, in, size, size);
            Tensor y = conv.forward(x, true);
            Tensor dy = randomTensor(random, y.shape().dims());
            long[] forward = new long[600];
            long[] backward = new long[600];
            for (int rep = 0; rep < 900; rep++) {
                long t0 = System.nanoTime();
                conv.forward(x, true);
                record(forward, rep - 300, t0);
                long t1 = System.nanoTime();
                conv.backward(dy);
                record(backward, rep - 300, t1);
            }
            Arrays.sort(forward);
            Arrays.sort(backward);
            System.out.printf("%s input gradient %-5s forward %.3f / %.3f ms, backward %.3f / %.3f ms (min / median)%n",
                    conv.describe(), inputGradient, forward[0] / 1e6, forward[300] / 1e6, backward[0] / 1e6,
                    backward[300] / 1e6);
        }
    }

    private static Tensor randomTensor(Random random, int... dims) {
        Tensor t = Tensor.zeros(Shape.of(dims));
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = random.nextFloat() - 0.5f;
        }
        return t;
    }

    private static void record(long[] times, int slot, long start) {
        if (slot >= 0) {
            times[slot] = System.nanoTime() - start;
        }
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
