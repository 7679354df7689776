package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.surface.Bounds;
import io.github.dlplayground.engine.surface.Surface;
import io.github.dlplayground.engine.surface.SurfacePreset;
import io.github.dlplayground.engine.surface.Surfaces;

import java.util.Arrays;
import java.util.Locale;

/**
 * Times {@link SurfaceRaster#compute} (f at 400 × 400 cells, colours, 12 contour levels, |∇f| sample) for
 * every 2D preset and a typed formula, as after a zoom: a benchmark run by hand (see docs/benchmarks.md),
 * not a test. Prints the median and worst wall time of 30 runs after 10 warm-up runs, the median CPU time
 * of the computing thread (what it costs on a machine where nothing else runs), and the median CPU time
 * of the contour step alone, in milliseconds.
 */
public final class HeatmapBenchmark {
    private HeatmapBenchmark() {
    }

    public static void main(String[] args) {
        int cells = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        // one round over every surface first, so the JIT has compiled the shared code before timing
        for (String name : Surfaces.names2d()) {
            SurfacePreset p = Surfaces.preset(name);
            for (int i = 0; i < 5; i++) {
                SurfaceRaster.compute(p.surface(), p.view(), cells, cells, i % 2 == 0);
            }
        }
        // two passes over the list; only the second is printed (the first also warms the JIT up)
        for (int pass = 0; pass < 2; pass++) {
            boolean print = pass == 1;
            if (print) {
                System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s %9s%n",
                        "surface (" + cells + "×" + cells + " cells)", "wall", "worst", "cpu", "contours");
            }
            for (String name : Surfaces.names2d()) {
                SurfacePreset p = Surfaces.preset(name);
                run(name + (p.logScale() ? " (log)" : ""), p.surface(), p.view(), cells, p.logScale(), print);
            }
            String formula = "sin(x)*cos(y) + 0.1*(x^2 + y^2) + tanh(x*y)";
            run("formula " + formula, Surfaces.parse(formula, 2), new Bounds(-5, 5, -5, 5), cells, false, print);
        }
    }

    private static void run(String label, Surface s, Bounds b, int cells, boolean log, boolean print) {
        for (int i = 0; i < 10; i++) {
            SurfaceRaster.compute(s, b.zoom(0.1, 0.1, 1 - 0.01 * i), cells, cells, log);
        }
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[30];
        double[] cpu = new double[30];
        double[] contours = new double[30];
        for (int i = 0; i < ms.length; i++) {
            Bounds zoomed = b.zoom(0.3, -0.2, 1 / Math.pow(1.2, i % 5));
            long c0 = bean.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SurfaceRaster r = SurfaceRaster.compute(s, zoomed, cells, cells, log);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
            float[] values = new float[cells * cells];
            for (int row = 0; row < cells; row++) {
                for (int col = 0; col < cells; col++) {
                    values[row * cells + col] = r.value(col, row);
                }
            }
            long k0 = bean.getCurrentThreadCpuTime();
            Contours.segments(values, cells, cells, r.scale().levels(SurfaceRaster.CONTOUR_LEVELS));
            contours[i] = (bean.getCurrentThreadCpuTime() - k0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        Arrays.sort(contours);
        if (!print) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-52s %8.1f %8.1f %8.1f %9.1f%n", label, ms[ms.length / 2], ms[ms.length - 1],
                cpu[cpu.length / 2], contours[contours.length / 2]);
    }
}
