package io.github.dlplayground.app.explain;

import java.util.List;

/**
 * What one lesson's explanation holds, as i18n keys and LaTeX sources: its paragraphs, its key formulas
 * (each with a caption key) and its "try this" prompts.
 */
public record Explanation(String lessonId, List<String> paragraphKeys, List<Formula> formulas, List<String> tryKeys) {
    public Explanation {
        paragraphKeys = List.copyOf(paragraphKeys);
        formulas = List.copyOf(formulas);
        tryKeys = List.copyOf(tryKeys);
    }

    /** One key formula: its name within the lesson and its LaTeX source. */
    public record Formula(String lessonId, String name, String latex) {
        /** i18n key of the caption shown above the formula, e.g. "explain.formula.softmax.crossentropy". */
        public String captionKey() {
            return "explain.formula." + lessonId + "." + name;
        }
    }
}
