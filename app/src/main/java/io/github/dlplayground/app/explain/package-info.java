/**
 * The explanation panel every lesson carries: two short paragraphs, the key formulas typeset with
 * JLaTeXMath and "try this" prompts, in English and 简体中文. Text lives in assets/i18n/explain*.properties,
 * formulas in assets/explain/formulas.tex.
 */
package io.github.dlplayground.app.explain;
