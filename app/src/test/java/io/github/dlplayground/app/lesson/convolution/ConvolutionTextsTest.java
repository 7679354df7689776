package io.github.dlplayground.app.lesson.convolution;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.convolution.ClassicKernel;
import io.github.dlplayground.visuals.convolution.ConvOperation;
import io.github.dlplayground.visuals.convolution.ConvSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ConvolutionTextsTest {
    private static Properties load(String name) throws IOException {
        var p = new Properties();
        try (var in = ConvolutionTextsTest.class.getResourceAsStream("/assets/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(load("convolution_zh.properties").stringPropertyNames())
                .isEqualTo(load("convolution.properties").stringPropertyNames());
    }

    @Test
    void everyOperationKernelAndRefusalHasAText() {
        for (Locale locale : List.of(I18n.ENGLISH, I18n.CHINESE)) {
            var i18n = new I18n(locale);
            for (ConvOperation op : ConvOperation.values()) {
                assertThat(i18n.has("convolution.op." + op.name())).isTrue();
            }
            for (ClassicKernel k : ClassicKernel.values()) {
                assertThat(i18n.has(k.textKey())).isTrue();
            }
            var s = ConvSettings.bookExample();
            for (ConvSettings bad : List.of(s.withStride(0, 1), s.withKernel(5, 5), s.withPadding(-1, 0),
                    s.withChannels(0, 1), s.withOperation(ConvOperation.MAX_POOL).withPadding(2, 0))) {
                String key = bad.problem().orElseThrow().key();
                assertThat(i18n.has(key)).as(key).isTrue();
            }
        }
    }

    @Test
    void chineseUsesTheBooksTerms() {
        var zh = new I18n(I18n.CHINESE);
        assertThat(zh.get("convolution.control.padding")).contains("填充");
        assertThat(zh.get("convolution.control.stride")).contains("步幅");
        assertThat(zh.get("convolution.op.MAX_POOL")).isEqualTo("最大汇聚层");
        assertThat(zh.get("convolution.note.crossCorrelation")).contains("互相关运算");
    }
}
