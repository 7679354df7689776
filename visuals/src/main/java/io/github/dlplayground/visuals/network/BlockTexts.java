package io.github.dlplayground.visuals.network;

/**
 * Words drawn on blocks, in the caller's language: the input block's title, a pattern for the parameter
 * count ({0} is the formatted number, e.g. "{0} params"), what an unknown shape shows, and the hint drawn on
 * an empty network.
 */
public record BlockTexts(String input, String params, String unknownShape, String emptyHint) {
    public static BlockTexts english() {
        return new BlockTexts("Input", "{0} params", "?", "Drag layers here from the palette");
    }

    public String params(long count) {
        return params.replace("{0}", BlockFormat.count(count));
    }
}
