/**
 * LaTeX formulas as JavaFX nodes: {@link io.github.dlplayground.visuals.formula.FormulaRenderer} typesets
 * with JLaTeXMath into cached images (works headless), {@link io.github.dlplayground.visuals.formula.FormulaView}
 * shows one formula in the theme's text colour at the current size.
 */
package io.github.dlplayground.visuals.formula;
