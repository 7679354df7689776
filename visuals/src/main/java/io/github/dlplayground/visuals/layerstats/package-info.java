/**
 * Per-layer statistics over training time (the engine's {@code LayerStatistics}): output mean, spread and
 * share of zeros, and gradient norms, drawn as one row per layer with a colour strip over time so vanishing
 * gradients show as dark early rows.
 */
package io.github.dlplayground.visuals.layerstats;
