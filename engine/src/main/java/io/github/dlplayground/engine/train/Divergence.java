package io.github.dlplayground.engine.train;

import java.util.Locale;

/**
 * Where training blew up: the loss of a minibatch became NaN or ∞. The usual cause is a learning rate too
 * large for the optimizer, so the suggestion is a tenth of it.
 *
 * @param step the optimizer step whose forward pass gave the loss (1 for the first)
 */
public record Divergence(long step, int epoch, int batch, double loss, double lr, String optimizer,
                         double suggestedLr) {

    static Divergence at(long step, int epoch, int batch, double loss, double lr, String optimizer) {
        return new Divergence(step, epoch, batch, loss, lr, optimizer, lr / 10);
    }

    /** One sentence for people. */
    public String message() {
        String value = Double.isNaN(loss) ? "NaN" : loss > 0 ? "∞" : "−∞";
        return String.format(Locale.ROOT, "DIVERGED: the loss became %s at step %d (epoch %d, batch %d); the learning"
                        + " rate %s is probably too high for %s — try %s", value, step, epoch, batch, number(lr),
                optimizer, number(suggestedLr));
    }

    private static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
