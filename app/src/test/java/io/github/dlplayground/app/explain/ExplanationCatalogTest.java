package io.github.dlplayground.app.explain;

import io.github.dlplayground.app.lesson.LessonInfo;
import io.github.dlplayground.app.lesson.LessonRegistry;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.formula.FormulaRenderer;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExplanationCatalogTest {
    private final ExplanationCatalog catalog = ExplanationCatalog.load();

    @Test
    void everyLessonHasTwoParagraphsFormulasAndPromptsInBothLanguages() {
        for (Locale locale : List.of(I18n.ENGLISH, I18n.CHINESE)) {
            var i18n = new I18n(locale);
            for (LessonInfo lesson : LessonRegistry.lessons()) {
                Explanation explanation = catalog.explanation(lesson.id(), i18n::has);
                assertThat(explanation.paragraphKeys()).as(lesson.id() + " paragraphs").hasSize(2);
                assertThat(explanation.formulas()).as(lesson.id() + " formulas").isNotEmpty();
                assertThat(explanation.tryKeys()).as(lesson.id() + " prompts").hasSizeGreaterThanOrEqualTo(2);
                for (Explanation.Formula formula : explanation.formulas()) {
                    assertThat(i18n.get(formula.captionKey())).as(formula.captionKey()).isNotBlank();
                }
                explanation.paragraphKeys().forEach(key -> assertThat(i18n.get(key).length()).isGreaterThan(40));
            }
        }
    }

    @Test
    void chineseTextIsChineseAndDiffersFromEnglish() {
        var english = new I18n(I18n.ENGLISH);
        var chinese = new I18n(I18n.CHINESE);
        for (LessonInfo lesson : LessonRegistry.lessons()) {
            String key = "explain." + lesson.id() + ".p1";
            assertThat(chinese.get(key)).isNotEqualTo(english.get(key)).containsPattern("[\\u4e00-\\u9fff]");
        }
    }

    @Test
    void requiredFormulasArePresent() {
        var names = LessonRegistry.lessons().stream().flatMap(l -> catalog.formulas(l.id()).stream())
                .map(f -> f.lessonId() + "." + f.name()).collect(Collectors.toSet());
        assertThat(names).contains("linreg.model", "linreg.loss", "linreg.sgd", "softmax.softmax",
                "softmax.crossentropy", "activations.relu", "activations.sigmoid", "activations.dropout",
                "convolution.outputsize", "gradient.sgd", "gradient.momentum", "gradient.adagrad", "gradient.rmsprop",
                "gradient.adadelta", "gradient.adam");
    }

    @Test
    void everyFormulaTypesets() {
        for (LessonInfo lesson : LessonRegistry.lessons()) {
            for (Explanation.Formula formula : catalog.formulas(lesson.id())) {
                var image = FormulaRenderer.renderAwt(formula.latex(), 18, Color.BLACK);
                assertThat(image.getWidth()).as(formula.name()).isBetween(20, 460);
            }
        }
    }

    @Test
    void malformedLineIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> ExplanationCatalog.parse(List.of("# comment", "", "softmax \\hat{y}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("LESSON.NAME");
    }

    @Test
    void unknownLessonHasAnEmptyExplanation() {
        Explanation explanation = catalog.explanation("nosuchlesson", new I18n(I18n.ENGLISH)::has);
        assertThat(explanation.formulas()).isEmpty();
        assertThat(explanation.paragraphKeys()).isEmpty();
    }
}
