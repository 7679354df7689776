package io.github.dlplayground.visuals.layerstats;

/** The column titles in the caller's language. */
public record LayerStatsTexts(String layer, String activation, String zeros, String gradient, String empty) {
    public static LayerStatsTexts english() {
        return new LayerStatsTexts("layer", "output mean ± std", "zeros", "gradient norm over time (log colour)",
                "Train to see every layer's statistics");
    }
}
