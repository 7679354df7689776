package io.github.dlplayground.engine.digits;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class InkReaderTest {
    private static int[] picture(int paper, int ink) {
        int[] argb = new int[5 * 4];
        java.util.Arrays.fill(argb, paper);
        argb[1 * 5 + 2] = ink;
        argb[2 * 5 + 2] = ink;
        return argb;
    }

    @Test
    void darkInkOnLightPaperBecomesInk() {
        InkImage image = InkReader.fromArgb(5, 4, picture(0xffffffff, 0xff000000));

        assertThat(image.at(2, 1)).isEqualTo(1f);
        assertThat(image.at(2, 2)).isEqualTo(1f);
        assertThat(image.at(0, 0)).isZero();
        assertThat(image.totalInk()).isCloseTo(2.0, within(1e-6));
    }

    @Test
    void lightInkOnDarkPaperReadsTheSame() {
        InkImage dark = InkReader.fromArgb(5, 4, picture(0xff000000, 0xffffffff));
        InkImage light = InkReader.fromArgb(5, 4, picture(0xffffffff, 0xff000000));

        assertThat(dark.ink()).containsExactly(light.ink());
    }

    @Test
    void greyPaperIsNoInkAndHalfwayIsHalfInk() {
        int paper = 0xffc8c8c8;
        int halfway = 0xff646464;
        InkImage image = InkReader.fromArgb(5, 4, picture(paper, halfway));

        assertThat(image.at(0, 0)).isZero();
        assertThat(image.at(2, 1)).isCloseTo(0.5f, within(0.01f));
    }

    @Test
    void transparentBackgroundUsesOpacityWhateverTheColour() {
        InkImage image = InkReader.fromArgb(5, 4, picture(0x00ffffff, 0xffffffff));

        assertThat(image.at(2, 1)).isEqualTo(1f);
        assertThat(image.at(4, 3)).isZero();
    }

    @Test
    void pngRoundTripKeepsTheInk(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        InkImage image = InkImage.blank(30, 20);
        TestDrawings.stroke(image, 5, 5, 25, 15, 2);
        Path file = dir.resolve("stroke.png");

        ImageFiles.writePng(image, file);
        InkImage read = ImageFiles.read(file);

        assertThat(read.width()).isEqualTo(30);
        for (int i = 0; i < image.ink().length; i++) {
            assertThat(read.ink()[i]).isCloseTo(image.ink()[i], within(0.01f));
        }
    }

    @Test
    void fileThatIsNoImageGivesOneClearSentence(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.png");
        Files.writeString(file, "not a picture");

        assertThatThrownBy(() -> ImageFiles.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("notes.png").hasMessageContaining("PNG");
        assertThatThrownBy(() -> ImageFiles.read(dir.resolve("missing.png"))).isInstanceOf(IOException.class)
                .hasMessageContaining("missing.png").hasMessageContaining("does not exist");
    }
}
