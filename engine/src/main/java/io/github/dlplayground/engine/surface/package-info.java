/**
 * Functions to descend: 2D surfaces f(x, y) and 1D curves f(x) with exact gradients (closed-form presets
 * and typed formulas differentiated automatically), and {@link io.github.dlplayground.engine.surface.Descent},
 * which walks any optimizer of the optim package over them with optional gradient noise and a divergence rule.
 */
package io.github.dlplayground.engine.surface;
