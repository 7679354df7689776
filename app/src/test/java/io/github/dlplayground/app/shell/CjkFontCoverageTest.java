package io.github.dlplayground.app.shell;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled Chinese font has a glyph for every character of every Chinese translation file; if this fails,
 * regenerate the font with assets/fonts/tools/subset-cjk-font.py.
 */
class CjkFontCoverageTest {
    @Test
    void bundledFontCoversEveryChineseTranslation() throws Exception {
        Font font;
        try (InputStream in = CjkFont.class.getResourceAsStream(CjkFont.RESOURCE)) {
            assertThat(in).as(CjkFont.RESOURCE).isNotNull();
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        assertThat(font.getFamily(java.util.Locale.ENGLISH)).isEqualTo(CjkFont.FAMILY);
        var missing = new TreeSet<String>();
        try (var files = Files.list(Path.of("..", "assets", "i18n"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith("_zh.properties")).toList()) {
                Files.readString(file, StandardCharsets.UTF_8).codePoints()
                        .filter(cp -> cp >= 0x2E80 && !font.canDisplay(cp))
                        .forEach(cp -> missing.add(file.getFileName() + ": " + Character.toString(cp)));
            }
        }
        assertThat(missing).isEmpty();
    }
}
