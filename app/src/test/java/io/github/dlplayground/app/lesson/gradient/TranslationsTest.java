package io.github.dlplayground.app.lesson.gradient;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Lessons 1 and 3 say everything in English and in Chinese, and every pattern formats. */
class TranslationsTest {
    private static Properties load(String name) throws Exception {
        var p = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/assets/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gradient", "linreg"})
    void bothLanguagesHaveTheSameKeys(String bundle) throws Exception {
        Properties en = load(bundle);
        Properties zh = load(bundle + "_zh");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(key).startsWith(bundle + ".");
            for (Properties p : new Properties[] {en, zh}) {
                String pattern = p.getProperty(key);
                assertThat(pattern).as(key).isNotBlank();
                if (pattern.contains("{0}")) {
                    String text = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"A", 2, "C", "D", "E", "F"});
                    assertThat(text).as(key).doesNotContain("{0}").doesNotContain("{1}");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gradient", "linreg"})
    void chineseTextIsChinese(String bundle) throws Exception {
        Properties zh = load(bundle + "_zh");
        long withHan = zh.stringPropertyNames().stream()
                .filter(k -> zh.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN))
                .count();
        // formulas and symbols (f(x, y) =, ε, update rules) are the same in both languages; the rest is Chinese
        assertThat(withHan).isGreaterThan(zh.size() * 2L / 3);
    }
}
