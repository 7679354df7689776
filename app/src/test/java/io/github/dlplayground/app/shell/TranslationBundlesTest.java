package io.github.dlplayground.app.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every English bundle in assets/i18n has a Chinese twin with the same keys, and every pattern parses. */
class TranslationBundlesTest {
    private static final Path I18N = Path.of("..", "assets", "i18n");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndChinese() throws IOException {
        var problems = new ArrayList<String>();
        try (var files = Files.list(I18N)) {
            for (Path english : files.filter(p -> p.toString().endsWith(".properties")
                    && !p.getFileName().toString().contains("_")).toList()) {
                Path chinese = english.resolveSibling(english.getFileName().toString().replace(".properties", "_zh.properties"));
                if (!Files.exists(chinese)) {
                    problems.add(english.getFileName() + " has no Chinese twin");
                    continue;
                }
                var en = load(english).stringPropertyNames();
                var zh = load(chinese).stringPropertyNames();
                var onlyEn = new TreeSet<>(en);
                onlyEn.removeAll(zh);
                var onlyZh = new TreeSet<>(zh);
                onlyZh.removeAll(en);
                if (!onlyEn.isEmpty() || !onlyZh.isEmpty()) {
                    problems.add(english.getFileName() + ": only English " + onlyEn + ", only Chinese " + onlyZh);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shellPatternsWithArgumentsParseAndChineseIsChinese() throws IOException {
        for (String name : new String[] {"shell", "environment"}) {
            var en = load(I18N.resolve(name + ".properties"));
            var zh = load(I18N.resolve(name + "_zh.properties"));
            for (String key : en.stringPropertyNames()) {
                for (String pattern : new String[] {en.getProperty(key), zh.getProperty(key)}) {
                    if (pattern.contains("{0")) {
                        assertThat(new MessageFormat(pattern).format(new Object[] {7, 8, 9, 10}))
                                .as(key).contains("7").doesNotContain("{");
                    }
                }
            }
            assertThat(zh.getProperty(name + (name.equals("shell") ? ".app.title" : ".section.runtime")))
                    .matches(".*[\\u4e00-\\u9fa5].*");
        }
    }

    private static Properties load(Path path) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
