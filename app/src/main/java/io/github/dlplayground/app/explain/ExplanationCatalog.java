package io.github.dlplayground.app.explain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the key formulas of every lesson from the resource /assets/explain/formulas.tex (one formula per
 * line: "LESSON.NAME  LaTeX") and assembles a lesson's {@link Explanation} with the paragraph and
 * prompt keys that exist in the explain bundle (explain.ID.p1, p2, …; explain.ID.try.1, 2, …).
 */
public final class ExplanationCatalog {
    public static final String RESOURCE = "/assets/explain/formulas.tex";

    private final Map<String, List<Explanation.Formula>> formulas;

    private ExplanationCatalog(Map<String, List<Explanation.Formula>> formulas) {
        this.formulas = formulas;
    }

    /** Loads the catalog shipped with the application. */
    public static ExplanationCatalog load() {
        try (InputStream in = ExplanationCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the application is missing its resource " + RESOURCE
                        + "; rebuild it with mvn package");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Parses the formula lines; blank lines and lines starting with # are skipped. */
    public static ExplanationCatalog parse(List<String> lines) {
        Map<String, List<Explanation.Formula>> byLesson = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            int dot = parts[0].indexOf('.');
            if (parts.length < 2 || dot <= 0 || dot == parts[0].length() - 1) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1)
                        + ": expected \"LESSON.NAME  LaTeX\", got \"" + line + "\"");
            }
            String lesson = parts[0].substring(0, dot);
            byLesson.computeIfAbsent(lesson, k -> new ArrayList<>())
                    .add(new Explanation.Formula(lesson, parts[0].substring(dot + 1), parts[1].strip()));
        }
        return new ExplanationCatalog(byLesson);
    }

    /** The lesson's formulas in file order (empty when it has none). */
    public List<Explanation.Formula> formulas(String lessonId) {
        return formulas.getOrDefault(lessonId, List.of());
    }

    /**
     * The lesson's explanation; {@code hasKey} tells which i18n keys exist, so paragraphs and prompts are
     * counted from the bundle (p1, p2, … and try.1, try.2, … until the first missing one).
     */
    public Explanation explanation(String lessonId, Predicate<String> hasKey) {
        return new Explanation(lessonId, numbered("explain." + lessonId + ".p", hasKey),
                formulas(lessonId), numbered("explain." + lessonId + ".try.", hasKey));
    }

    private static List<String> numbered(String prefix, Predicate<String> hasKey) {
        List<String> keys = new ArrayList<>();
        for (int n = 1; hasKey.test(prefix + n); n++) {
            keys.add(prefix + n);
        }
        return keys;
    }
}
