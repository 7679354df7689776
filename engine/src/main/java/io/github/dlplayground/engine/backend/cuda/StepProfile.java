package io.github.dlplayground.engine.backend.cuda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of a GPU training step goes: the upload of the batch, each layer's forward and backward, the
 * loss and the optimizer, each timed to the end of its kernels (the device is synchronised after every part,
 * so the parts add up to a little more than an unprofiled step). Means over {@code runs} steps after two
 * warm-up steps.
 */
final class StepProfile {
    private final List<String> names = new ArrayList<>();
    private double[] seconds = new double[0];

    /** Adds the time of {@code part} (ended by a synchronisation) to the part named {@code name}. */
    void time(CudaDevice device, String name, Runnable part) {
        long start = System.nanoTime();
        part.run();
        device.synchronize();
        int at = names.indexOf(name);
        if (at < 0) {
            names.add(name);
            seconds = java.util.Arrays.copyOf(seconds, names.size());
            at = names.size() - 1;
        }
        seconds[at] += (System.nanoTime() - start) / 1e9;
    }

    void clear() {
        java.util.Arrays.fill(seconds, 0);
    }

    /** "upload 0.11 ms, conv2d#1 forward 0.07 ms, …, total 2.30 ms" for the mean of {@code runs} steps. */
    String describe(int runs) {
        var text = new StringBuilder();
        double total = 0;
        for (int i = 0; i < names.size(); i++) {
            double ms = 1e3 * seconds[i] / runs;
            total += ms;
            text.append(String.format(Locale.ROOT, "%s %.3f, ", names.get(i), ms));
        }
        return text.append(String.format(Locale.ROOT, "total %.3f ms", total)).toString();
    }
}
