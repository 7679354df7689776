package io.github.dlplayground.visuals.surface;

import io.github.dlplayground.engine.optim.OptimizerConfig;
import io.github.dlplayground.engine.surface.Descent;
import io.github.dlplayground.engine.surface.Surface;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Optimizers racing over one surface from one start: one {@link Descent} per enabled kind, all stepped
 * together, all fed the same seeded gradient noise. Changing a racer's settings, the noise or the start
 * replays the race up to the current step, so a slider shows at once the path its value gives.
 * {@link #advance(double)} turns elapsed time into steps at {@link #stepsPerSecond()}. Plain Java, one
 * thread (the FX thread in the lab: a step of a 2-vector costs well under a microsecond).
 */
public final class RaceModel extends SteppingModel {
    /** A race stops by itself after this many steps. */
    public static final int MAX_STEPS = 5000;
    /** At most this many steps are taken for one call of {@link #advance(double)}. */
    public static final int MAX_STEPS_PER_ADVANCE = 200;

    /** One optimizer in the race; its colour index is its position in {@link OptimizerConfig#KINDS}. */
    public final class Racer implements Trail {
        private final String kind;
        private final int colorIndex;
        private OptimizerConfig config;
        private boolean enabled;
        private Descent descent;

        private Racer(String kind, int colorIndex, OptimizerConfig config, boolean enabled) {
            this.kind = kind;
            this.colorIndex = colorIndex;
            this.config = config;
            this.enabled = enabled;
        }

        public String kind() {
            return kind;
        }

        public OptimizerConfig config() {
            return config;
        }

        public boolean enabled() {
            return enabled;
        }

        /** The running descent; null while the racer is disabled. */
        public Descent descent() {
            return descent;
        }

        @Override
        public String name() {
            return config.displayName();
        }

        @Override
        public int colorIndex() {
            return colorIndex;
        }

        @Override
        public int size() {
            return descent == null ? 0 : descent.steps() + 1;
        }

        @Override
        public double x(int i) {
            return descent.x(i);
        }

        @Override
        public double y(int i) {
            return descent.y(i);
        }

        @Override
        public boolean diverged() {
            return descent != null && descent.diverged();
        }

        private void rebuild() {
            descent = enabled ? new Descent(surface, config, startX, startY, noise, seed) : null;
            if (descent != null) {
                descent.run(step);
            }
        }
    }

    private final List<Racer> racers = new ArrayList<>();
    private Surface surface;
    private double startX;
    private double startY;
    private double noise;
    private long seed;
    private int step;

    /**
     * @param configs the settings of every kind in {@link OptimizerConfig#KINDS} (their learning rates set)
     * @param enabled the kinds that race at first
     */
    public RaceModel(Surface surface, double startX, double startY, Map<String, OptimizerConfig> configs,
                     java.util.Collection<String> enabled) {
        super(10, MAX_STEPS_PER_ADVANCE);
        this.surface = surface;
        this.startX = startX;
        this.startY = startY;
        for (int i = 0; i < OptimizerConfig.KINDS.size(); i++) {
            String kind = OptimizerConfig.KINDS.get(i);
            OptimizerConfig c = configs.get(kind);
            if (c == null) {
                throw new IllegalArgumentException("no settings for optimizer " + kind);
            }
            racers.add(new Racer(kind, i, c, enabled.contains(kind)));
        }
        rebuildAll();
    }

    private void rebuildAll() {
        for (Racer r : racers) {
            r.rebuild();
        }
    }

    /** All seven racers in the lab's order, enabled or not. */
    public List<Racer> racers() {
        return List.copyOf(racers);
    }

    public List<Racer> enabledRacers() {
        return racers.stream().filter(Racer::enabled).toList();
    }

    public Racer racer(String kind) {
        return racers.stream().filter(r -> r.kind.equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown optimizer '" + kind + "'"));
    }

    public void setEnabled(String kind, boolean on) {
        Racer r = racer(kind);
        if (r.enabled != on) {
            r.enabled = on;
            r.rebuild();
            changed();
        }
    }

    /** New settings for one racer; its path is replayed up to the current step. */
    public void setConfig(String kind, OptimizerConfig config) {
        if (!config.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", config.problems()));
        }
        Racer r = racer(kind);
        r.config = config;
        r.rebuild();
        changed();
    }

    /** Moves the start; the race begins again at step 0. */
    public void setStart(double x, double y) {
        startX = x;
        startY = y;
        reset();
    }

    /** A new function and start; the race begins again at step 0. */
    public void setSurface(Surface s, double x, double y) {
        surface = s;
        startX = x;
        startY = y;
        reset();
    }

    /** σ of the gradient noise; the race is replayed up to the current step with the new noise. */
    public void setNoise(double sigma, long seed) {
        this.noise = sigma;
        this.seed = seed;
        rebuildAll();
        changed();
    }

    public void reset() {
        step = 0;
        clearPending();
        rebuildAll();
        changed();
    }

    /** One step of every enabled racer that has not diverged. */
    @Override
    protected void stepQuietly() {
        step++;
        for (Racer r : racers) {
            if (r.descent != null) {
                r.descent.step();
            }
        }
    }

    /** True when every enabled racer has diverged, none is enabled, or {@link #MAX_STEPS} is reached. */
    @Override
    public boolean finished() {
        return step >= MAX_STEPS || racers.stream().noneMatch(r -> r.descent != null && !r.descent.diverged());
    }

    public int stepCount() {
        return step;
    }

    public Surface surface() {
        return surface;
    }

    public double startX() {
        return startX;
    }

    public double startY() {
        return startY;
    }

    public double noise() {
        return noise;
    }

    public long seed() {
        return seed;
    }
}
