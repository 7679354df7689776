package io.github.dlplayground.engine.util;

/**
 * The engine's seeded random generator (SplitMix64): the same seed gives the same numbers on every JVM.
 * Uniform floats take the top 24 bits; normals use the Box–Muller transform in double precision.
 * Not thread-safe; {@link #hash} gives counter-based numbers for parallel loops (e.g. dropout masks).
 */
public final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;
    private double spareNormal;
    private boolean hasSpare;

    public Rng(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1) with 24 random bits. */
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [low, high). */
    public double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Standard normal N(0, 1) by Box–Muller. */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareNormal;
        }
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        double radius = Math.sqrt(-2.0 * Math.log(u1));
        double angle = 2.0 * Math.PI * u2;
        spareNormal = radius * Math.sin(angle);
        hasSpare = true;
        return radius * Math.cos(angle);
    }

    /** A new generator seeded from this one, for a sub-task that must not shift this stream. */
    public Rng split() {
        return new Rng(nextLong());
    }

    /** A uniform float in [0, 1) that depends only on (seed, counter): the same for any thread layout. */
    public static float hash(long seed, long counter) {
        return (derive(seed, counter) >>> 40) * 0x1.0p-24f;
    }

    /** 64 random bits that depend only on (seed, counter), e.g. a fresh seed for the n-th dropout mask. */
    public static long derive(long seed, long counter) {
        return mix(seed + GOLDEN * (counter + 1));
    }

    /** The SplitMix64 finaliser: a bijective scramble of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
