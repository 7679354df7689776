package io.github.dlplayground.engine.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsRawImages() throws Exception {
        byte[] raw = IdxBytes.images(3, 2, 4);
        IdxReader.Images images = IdxReader.readImages(new ByteArrayInputStream(raw), "x");
        assertThat(images.count()).isEqualTo(3);
        assertThat(images.rows()).isEqualTo(2);
        assertThat(images.cols()).isEqualTo(4);
        assertThat(images.pixels()).isEqualTo(Arrays.copyOfRange(raw, 16, raw.length));
    }

    @Test
    void readsGzipImagesAndLabelsFromFiles() throws Exception {
        Path images = dir.resolve("a.gz");
        Path labels = dir.resolve("b");
        Files.write(images, IdxBytes.gzip(IdxBytes.images(5, 28, 28)));
        Files.write(labels, IdxBytes.labels(9, 0, 3, 255, 1));
        assertThat(IdxReader.readImages(images).pixels()).hasSize(5 * 784);
        assertThat(IdxReader.readLabels(labels)).containsExactly(9, 0, 3, (byte) 255, 1);
    }

    @Test
    void rejectsWrongMagicNumber() {
        byte[] raw = IdxBytes.images(1, 2, 2);
        raw[3] = 0x05;
        assertThatThrownBy(() -> IdxReader.readImages(new ByteArrayInputStream(raw), "imgs.idx"))
                .isInstanceOf(DataException.class)
                .hasMessage("imgs.idx is not an IDX image file: magic number 0x00000805, expected 0x00000803");
    }

    @Test
    void saysWhenImageAndLabelFilesAreSwapped() {
        byte[] labels = IdxBytes.labels(1, 2);
        assertThatThrownBy(() -> IdxReader.readImages(new ByteArrayInputStream(labels), "train-images"))
                .hasMessageContaining("train-images").hasMessageContaining("holds labels")
                .hasMessageContaining("swapped");
        byte[] images = IdxBytes.images(1, 2, 2);
        assertThatThrownBy(() -> IdxReader.readLabels(new ByteArrayInputStream(images), "train-labels"))
                .hasMessageContaining("holds images");
    }

    @Test
    void rejectsImplausibleDimensionsBeforeAllocating() {
        byte[] raw = IdxBytes.images(1, 2, 2);
        raw[11] = 0; // rows = 0
        assertThatThrownBy(() -> IdxReader.readImages(new ByteArrayInputStream(raw), "f"))
                .hasMessageContaining("f has an implausible header: 1 images of 0×2");
        byte[] huge = IdxBytes.images(0, 28, 28);
        huge[4] = 0x7f; // count ≈ 2·10⁹
        assertThatThrownBy(() -> IdxReader.readImages(new ByteArrayInputStream(huge), "g"))
                .hasMessageContaining("g announces").hasMessageContaining("more than this program reads");
    }

    @Test
    void rejectsTruncatedRawFile() {
        byte[] raw = IdxBytes.images(4, 3, 3);
        byte[] cut = Arrays.copyOf(raw, raw.length - 5);
        assertThatThrownBy(() -> IdxReader.readImages(new ByteArrayInputStream(cut), "cut.idx"))
                .isInstanceOf(DataException.class)
                .hasMessage("cut.idx is truncated: its header announces 4 images of 3×3 but the data ends after "
                        + "31 of 36 bytes — download it again");
    }

    @Test
    void rejectsFileEndingInsideTheHeader() {
        byte[] cut = Arrays.copyOf(IdxBytes.labels(1, 2, 3), 6);
        assertThatThrownBy(() -> IdxReader.readLabels(new ByteArrayInputStream(cut), "l"))
                .hasMessage("l ends inside its IDX header: it is truncated or not an IDX file");
    }

    @Test
    void rejectsTruncatedGzipFileNamingIt() throws Exception {
        byte[] gz = IdxBytes.gzip(IdxBytes.images(50, 28, 28));
        Path file = dir.resolve("t10k-images-idx3-ubyte.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));
        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith(file + " is truncated")
                .hasMessageEndingWith("download it again");
    }

    @Test
    void rejectsGzipWithoutItsTrailer() {
        byte[] gz = IdxBytes.gzip(IdxBytes.labels(1, 2, 3));
        byte[] cut = Arrays.copyOf(gz, gz.length - 3);
        assertThatThrownBy(() -> IdxReader.readLabels(new ByteArrayInputStream(cut), "l.gz"))
                .hasMessageStartingWith("l.gz is truncated");
    }

    @Test
    void rejectsCorruptGzipNamingIt() {
        byte[] gz = IdxBytes.gzip(IdxBytes.images(20, 28, 28));
        for (int i = 20; i < gz.length - 8; i += 3) {
            gz[i] ^= 0x5a;
        }
        assertThatThrownBy(() -> IdxReader.readImages(new ByteArrayInputStream(gz), "bad.gz"))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("bad.gz is ")
                .hasMessageEndingWith("download it again");
    }

    @Test
    void rejectsDataAfterTheAnnouncedExamples() {
        byte[] raw = Arrays.copyOf(IdxBytes.labels(1, 2), 12);
        assertThatThrownBy(() -> IdxReader.readLabels(new ByteArrayInputStream(raw), "l"))
                .hasMessageStartingWith("l has more data than the 2 labels its header announces");
    }

    @Test
    void reportsMissingFile() {
        Path missing = dir.resolve("nothing.gz");
        assertThatThrownBy(() -> IdxReader.readLabels(missing)).hasMessage(missing + " does not exist");
    }
}
