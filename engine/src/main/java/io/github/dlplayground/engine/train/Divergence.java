package io.github.dlplayground.engine.train;

import java.util.Locale;

/**
 * Where training blew up: the loss of a minibatch became NaN or ∞. The usual cause is a learning rate too
 * large for the optimizer, so the suggestion is a tenth of it.
 *
 * @param step  the optimizer step whose forward pass gave the loss (1 for the first)
 * @param epoch 1-based, or 0 for a single step ({@link Trainer#trainBatch})
 */
public record Divergence(long step, int epoch, int batch, double loss, double lr, String optimizer,
                         double suggestedLr) {

    static Divergence at(long step, int epoch, int batch, double loss, double lr, String optimizer) {
        return new Divergence(step, epoch, batch, loss, lr, optimizer, lr / 10);
    }

    /** One sentence for people. */
    public String message() {
        String value = Double.isNaN(loss) ? "NaN" : loss > 0 ? "∞" : "−∞";
        String where = epoch > 0 ? String.format(Locale.ROOT, " (epoch %d, batch %d)", epoch, batch) : "";
        return String.format(Locale.ROOT, "DIVERGED: the loss became %s at step %d%s; the learning rate %s is"
                + " probably too high for %s — try %s", value, step, where, number(lr), optimizer, number(suggestedLr));
    }

    private static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
