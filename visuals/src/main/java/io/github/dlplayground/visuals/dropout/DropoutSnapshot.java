package io.github.dlplayground.visuals.dropout;

/**
 * What a Dropout layer with probability p did to one image of a training batch: {@code input} h (the
 * preceding layer's output), {@code trainOutput} = m ⊙ h / (1 − p) with a random 0/1 mask m, and
 * {@code evalOutput} = h as the layer computes it in evaluation mode. All three have the same length.
 */
public record DropoutSnapshot(String layer, double p, float[] input, float[] trainOutput, float[] evalOutput,
                              long step) {
    public DropoutSnapshot {
        if (input.length != trainOutput.length || input.length != evalOutput.length) {
            throw new IllegalArgumentException("dropout snapshot: input has " + input.length + " values, training "
                    + "output " + trainOutput.length + ", evaluation output " + evalOutput.length);
        }
    }

    public int units() {
        return input.length;
    }

    /** Units the mask zeroed: output 0 although the input was not. */
    public int zeroed() {
        int n = 0;
        for (int i = 0; i < input.length; i++) {
            if (trainOutput[i] == 0f && input[i] != 0f) {
                n++;
            }
        }
        return n;
    }

    /** Units whose input was already 0 (e.g. a ReLU's zeros): dropping them changes nothing. */
    public int alreadyZero() {
        int n = 0;
        for (float v : input) {
            if (v == 0f) {
                n++;
            }
        }
        return n;
    }

    public boolean isZeroed(int i) {
        return trainOutput[i] == 0f && input[i] != 0f;
    }

    /** 1 / (1 − p), the factor the kept units are multiplied by during training. */
    public double expectedScale() {
        return 1 / (1 - p);
    }

    /** Mean of output / input over kept units with a non-zero input (NaN when there are none). */
    public double measuredScale() {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < input.length; i++) {
            if (input[i] != 0f && trainOutput[i] != 0f) {
                sum += (double) trainOutput[i] / input[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Mean of the training output and of the evaluation output: equal in expectation. */
    public double[] means() {
        double a = 0;
        double b = 0;
        for (int i = 0; i < input.length; i++) {
            a += trainOutput[i];
            b += evalOutput[i];
        }
        return new double[] {a / input.length, b / input.length};
    }
}
