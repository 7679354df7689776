package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * How the learning rate changes from epoch to epoch (0-based epoch e of E), as PyTorch's schedulers
 * stepped once per epoch: constant; step (StepLR): η·γ^⌊e / step_size⌋; cosine (CosineAnnealingLR with
 * T_max = E): η_min + (η − η_min)·(1 + cos(π·e / E)) / 2. JSON: {@code {"type": "step", "step_size": 5,
 * "gamma": 0.1}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = LrSchedule.Constant.class, name = "constant"),
        @JsonSubTypes.Type(value = LrSchedule.Step.class, name = "step"),
        @JsonSubTypes.Type(value = LrSchedule.Cosine.class, name = "cosine")})
public sealed interface LrSchedule {
    /** The learning rate of epoch {@code epoch} (0-based) of {@code epochs}, from the base rate. */
    double lr(double base, int epoch, int epochs);

    /** Problems with the settings, each naming the JSON field; empty when fine. */
    List<String> problems();

    /** The same learning rate in every epoch. */
    record Constant() implements LrSchedule {
        @Override
        public double lr(double base, int epoch, int epochs) {
            return base;
        }

        @Override
        public List<String> problems() {
            return List.of();
        }
    }

    /** Multiplies the rate by {@code gamma} every {@code stepSize} epochs. */
    record Step(@JsonProperty(value = "step_size", required = true) int stepSize,
                @JsonProperty(value = "gamma", required = true) double gamma) implements LrSchedule {
        @Override
        public double lr(double base, int epoch, int epochs) {
            return base * Math.pow(gamma, Math.floorDiv(epoch, Math.max(stepSize, 1)));
        }

        @Override
        public List<String> problems() {
            var out = new ArrayList<String>();
            if (stepSize < 1) {
                out.add("schedule step_size must be at least 1 epoch, got " + stepSize);
            }
            if (!(gamma > 0 && gamma <= 1)) {
                out.add("schedule gamma must be in (0, 1], got " + gamma + "; 0.1 is usual");
            }
            return out;
        }
    }

    /** Half a cosine from the base rate down to {@code minLr} over all epochs. */
    record Cosine(@JsonProperty("min_lr") double minLr) implements LrSchedule {
        @Override
        public double lr(double base, int epoch, int epochs) {
            if (epochs <= 0) {
                return base;
            }
            return minLr + (base - minLr) * (1 + Math.cos(Math.PI * epoch / epochs)) / 2;
        }

        @Override
        public List<String> problems() {
            return minLr >= 0 && Double.isFinite(minLr) ? List.of()
                    : List.of("schedule min_lr must be zero or positive, got " + minLr);
        }
    }
}
