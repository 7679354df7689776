package io.github.dlplayground.app.lesson.studio;

/**
 * Where training stands: epoch e of E, batch b of B (1-based), optimizer steps so far, throughput (training
 * examples per second, smoothed) and the estimated seconds left (NaN until known), the current learning rate.
 */
record Progress(int epoch, int epochs, int batch, int batches, long step, double samplesPerSecond, double etaSeconds,
                double lr) {
    /** Share of all batches done, in [0, 1]. */
    double fraction() {
        long total = (long) epochs * batches;
        return total == 0 ? 0 : ((long) (epoch - 1) * batches + batch) / (double) total;
    }
}
