package io.github.dlplayground.visuals.convolution;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where exported frames go: a folder of numbered PNGs (frame-0000.png …, each written to a temporary file and
 * moved into place) or one animated GIF (written to a temporary file, moved into place when complete).
 * Worker thread; no toolkit.
 */
public sealed interface FrameExport extends Closeable {
    void write(int index, BufferedImage frame) throws IOException;

    /** Completes the export (moves the GIF into place); without it the partial output is removed. */
    void finish() throws IOException;

    static FrameExport pngSequence(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new PngSequence(folder);
    }

    static FrameExport gif(Path file, int delayMillis) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".frames-", ".gif.part");
        return new Gif(file, temp, delayMillis);
    }

    /** Numbered PNGs in a folder. */
    final class PngSequence implements FrameExport {
        private final Path folder;

        private PngSequence(Path folder) {
            this.folder = folder;
        }

        @Override
        public void write(int index, BufferedImage frame) throws IOException {
            Path target = folder.resolve(String.format("frame-%04d.png", index));
            Path temp = Files.createTempFile(folder, ".frame-", ".png.part");
            try {
                if (!ImageIO.write(frame, "png", temp.toFile())) {
                    throw new IOException("no PNG writer in this Java runtime");
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        @Override
        public void finish() {
            // every frame is already in place
        }

        @Override
        public void close() {
            // nothing held open
        }
    }

    /** One animated GIF. */
    final class Gif implements FrameExport {
        private final Path target;
        private final Path temp;
        private final ImageOutputStream stream;
        private final GifSequenceWriter writer;
        private boolean finished;

        private Gif(Path target, Path temp, int delayMillis) throws IOException {
            this.target = target;
            this.temp = temp;
            stream = ImageIO.createImageOutputStream(temp.toFile());
            writer = new GifSequenceWriter(stream, delayMillis);
        }

        @Override
        public void write(int index, BufferedImage frame) throws IOException {
            writer.write(frame);
        }

        @Override
        public void finish() throws IOException {
            writer.close();
            stream.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            finished = true;
        }

        @Override
        public void close() throws IOException {
            if (!finished) {
                writer.close();
                stream.close();
                Files.deleteIfExists(temp);
            }
        }
    }
}
