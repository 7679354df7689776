package io.github.dlplayground.visuals.convolution;

/**
 * The caller's translations: the text of a key of the "convolution" bundle (e.g. "convolution.output")
 * in the current language, {0}-style arguments filled in.
 */
@FunctionalInterface
public interface ConvTexts {
    String get(String key, Object... args);
}
