package io.github.dlplayground.app.lesson.studio;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The studio's texts and icons: every key in both languages, every literal key present, every icon known. */
class StudioTextsTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/dlplayground/app/lesson/studio");

    private static Properties bundle(String name) throws IOException {
        var p = new Properties();
        try (InputStream in = StudioTextsTest.class.getResourceAsStream("/assets/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> literals(Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    @Test
    void englishAndChineseHaveTheSameKeysAndEveryPatternParses() throws IOException {
        Properties en = bundle("studio.properties");
        Properties zh = bundle("studio_zh.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (Properties p : new Properties[] {en, zh}) {
            for (String key : p.stringPropertyNames()) {
                assertThatCode(() -> new MessageFormat(p.getProperty(key))).as(key).doesNotThrowAnyException();
            }
        }
        assertThat(zh.getProperty("studio.setting.lr")).isEqualTo("学习率");
        assertThat(zh.getProperty("studio.palette.dropout")).contains("暂退法");
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Properties en = bundle("studio.properties");
        Set<String> keys = literals(Pattern.compile("\"(studio\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])\""));
        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(keys).allSatisfy(k -> assertThat(en.getProperty(k)).as(k).isNotNull());
    }

    @Test
    void everyIconCodeIsInTheMaterialDesignPack() throws IOException {
        Set<String> icons = literals(Pattern.compile("\"(mdi2[a-z]-[a-z0-9-]+)\""));
        icons.addAll(Set.of(io.github.dlplayground.visuals.network.PaletteItem.ALL.stream()
                .map(io.github.dlplayground.visuals.network.PaletteItem::icon).toArray(String[]::new)));
        assertThat(icons).hasSizeGreaterThan(15);
        for (String code : icons) {
            assertThatCode(() -> new FontIcon(code)).as(code).doesNotThrowAnyException();
        }
    }
}
