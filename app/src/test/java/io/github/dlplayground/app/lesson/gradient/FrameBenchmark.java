package io.github.dlplayground.app.lesson.gradient;

import atlantafx.base.theme.PrimerLight;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.optim.OptimizerConfig;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * Plays the gradient lesson with all seven optimizers at 60 steps/s in a 1280 × 800 window and measures,
 * per pulse, the time between pulses and the FX thread's work from the start of the animation phase to the
 * end of layout (race steps, legend, chart, canvas drawing commands), as wall time and as the FX thread's
 * CPU time (what a frame costs where no other process competes for the cores), and the render thread's CPU
 * time per frame. A benchmark run by hand (see docs/benchmarks.md), not a test. Arguments: seconds to measure (default 10), surface (default quadratic).
 */
public final class FrameBenchmark {
    private FrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        String surface = args.length > 1 ? args[1] : "quadratic";
        Platform.startup(() -> { });
        int max = (int) (seconds * 120) + 10;
        long[] intervals = new long[max];
        long[] work = new long[max];
        long[] cpu = new long[max];
        long[] cpuStart = new long[1];
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        int[] count = new int[1];
        long[] frameStart = new long[1];
        long[] lastNow = {-1};
        var done = new CountDownLatch(1);
        var lessonRef = new CompletableFuture<GradientDescentLesson>();
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            var context = new LessonContext(new I18n(I18n.ENGLISH), new SimpleBooleanProperty(false),
                    new SimpleBooleanProperty(false), AppSettings.defaults());
            var lesson = new GradientDescentLesson(context);
            var scene = new Scene((Parent) lesson.view(), 1280, 800);
            var stage = new Stage();
            stage.setScene(scene);
            stage.show();
            lesson.picker().select(surface);
            for (String kind : OptimizerConfig.KINDS) {
                lesson.optimizers().enabledBox(kind).setSelected(true);
            }
            lesson.showDetails().setSelected(true);
            lesson.transport().speed().setValue(Math.log10(60));
            // registered before the lesson's own timer starts, so it runs first in each pulse
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frameStart[0] = System.nanoTime();
                    cpuStart[0] = bean.getCurrentThreadCpuTime();
                    if (lastNow[0] >= 0 && count[0] < max) {
                        intervals[count[0]] = now - lastNow[0];
                    }
                    lastNow[0] = now;
                }
            }.start();
            scene.addPostLayoutPulseListener(() -> {
                if (frameStart[0] > 0 && count[0] < max) {
                    cpu[count[0]] = bean.getCurrentThreadCpuTime() - cpuStart[0];
                    work[count[0]++] = System.nanoTime() - frameStart[0];
                    frameStart[0] = 0;
                }
            });
            lesson.animator().play();
            lessonRef.complete(lesson);
        });
        var lesson = lessonRef.get();
        Thread.sleep(2000);
        Thread renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
        long[] render0 = new long[1];
        Platform.runLater(() -> {
            count[0] = 0;
            render0[0] = renderer == null ? 0 : bean.getThreadCpuTime(renderer.getId());
        });
        Thread.sleep((long) (seconds * 1000));
        Platform.runLater(() -> {
            int n = count[0];
            int steps = lesson.model().stepCount();
            long render = renderer == null ? 0 : bean.getThreadCpuTime(renderer.getId()) - render0[0];
            report(Arrays.copyOf(intervals, n), Arrays.copyOf(work, n), Arrays.copyOf(cpu, n), steps, seconds);
            System.out.printf(Locale.ROOT, "render thread CPU per frame ms: mean %.2f%n", render / 1e6 / Math.max(1, n));
            lesson.dispose();
            done.countDown();
        });
        done.await();
        Platform.exit();
    }

    private static void report(long[] intervals, long[] work, long[] cpu, int steps, double seconds) {
        Arrays.sort(intervals);
        Arrays.sort(work);
        Arrays.sort(cpu);
        int n = work.length;
        long late = Arrays.stream(intervals).filter(t -> t > 25_000_000L).count();
        System.out.printf(Locale.ROOT, "pulses %d in %.0f s (%.1f/s), race at step %d%n", n, seconds, n / seconds, steps);
        System.out.printf(Locale.ROOT, "pulse interval ms: median %.1f, p95 %.1f, max %.1f; intervals > 25 ms: %d%n",
                ms(intervals[n / 2]), ms(intervals[(int) (n * 0.95)]), ms(intervals[n - 1]), late);
        System.out.printf(Locale.ROOT, "FX work per frame ms (wall): median %.2f, p95 %.2f, max %.2f%n",
                ms(work[n / 2]), ms(work[(int) (n * 0.95)]), ms(work[n - 1]));
        System.out.printf(Locale.ROOT, "FX thread CPU per frame ms: median %.2f, p95 %.2f, max %.2f%n",
                ms(cpu[n / 2]), ms(cpu[(int) (n * 0.95)]), ms(cpu[n - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
