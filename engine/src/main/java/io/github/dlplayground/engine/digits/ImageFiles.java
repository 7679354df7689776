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
        return InkReader.fromArgb(image.getWidth(), image.getHeight(), argb(image));
    }

    /**
     * The pixels as 0xAARRGGBB. Grey images are read from their samples: Java converts them to RGB as if they
     * were in a linear colour space, which would brighten every grey level.
     */
    static int[] argb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        var raster = image.getRaster();
        if (raster.getNumBands() == 1 && !(image.getColorModel() instanceof java.awt.image.IndexColorModel)) {
            int[] samples = raster.getSamples(0, 0, w, h, 0, (int[]) null);
            double max = (1 << image.getColorModel().getComponentSize(0)) - 1;
            int[] argb = new int[samples.length];
            for (int i = 0; i < samples.length; i++) {
                int v = (int) Math.round(samples[i] * 255 / max);
                argb[i] = 0xff000000 | v << 16 | v << 8 | v;
            }
            return argb;
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }

    /** Writes an ink image as a PNG of dark ink on white paper (used to make test drawings). */
    public static void writePng(InkImage image, Path file) throws IOException {
        var out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        int[] grey = new int[image.ink().length];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = Math.round(255 * (1f - Math.max(0f, Math.min(1f, image.ink()[i]))));
        }
        out.getRaster().setPixels(0, 0, image.width(), image.height(), grey);
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
