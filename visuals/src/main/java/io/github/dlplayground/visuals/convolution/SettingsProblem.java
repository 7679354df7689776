package io.github.dlplayground.visuals.convolution;

import java.util.List;

/**
 * Why a setting cannot run, as a text key of the "convolution" bundle and its arguments, e.g.
 * ("convolution.problem.kernelTooLarge", [5, 5, 4, 4]) → "kernel 5×5 does not fit padded input 4×4".
 */
public record SettingsProblem(String key, List<Object> args) {
    public SettingsProblem(String key, Object... args) {
        this(key, List.of(args));
    }

    /** The arguments as plain strings, so that numbers are never grouped ("1000", not "1,000"). */
    public Object[] plainArgs() {
        return args.stream().map(String::valueOf).toArray();
    }
}
