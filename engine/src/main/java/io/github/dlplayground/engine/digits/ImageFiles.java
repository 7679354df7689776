package io.github.dlplayground.engine.digits;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a drawing from an image file (PNG, JPEG, GIF or BMP, any size) as ink, either way round
 * ({@link InkReader}). Failures are IOExceptions with one sentence naming the file and what to change.
 */
public final class ImageFiles {
    private ImageFiles() {
    }

    public static InkImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("image file " + file + " does not exist or is not a file");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException("image file " + file + " could not be read (" + e.getMessage()
                    + "): give a PNG, JPEG, GIF or BMP file", e);
        }
        if (image == null) {
            throw new IOException("image file " + file + " is not in a format that can be read: give a PNG, JPEG,"
                    + " GIF or BMP file");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        return InkReader.fromArgb(w, h, argb);
    }

    /** Writes an ink image as a PNG of dark ink on white paper (used to make test drawings). */
    public static void writePng(InkImage image, Path file) throws IOException {
        var out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int grey = Math.round(255 * (1f - Math.max(0f, Math.min(1f, image.at(x, y)))));
                out.setRGB(x, y, grey << 16 | grey << 8 | grey);
            }
        }
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".drawing", ".png.tmp");
        try {
            if (!ImageIO.write(out, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
