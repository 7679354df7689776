package io.github.dlplayground.visuals.convolution;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;

/**
 * Writes an animated GIF frame by frame with the JDK's own GIF writer: each frame shown for a fixed delay,
 * looping forever (NETSCAPE2.0 extension). Frames are RGB; the writer reduces each to 256 colours. No toolkit.
 */
public final class GifSequenceWriter implements Closeable {
    private final ImageWriter writer;
    private final int delayCentiseconds;
    private boolean started;

    public GifSequenceWriter(ImageOutputStream out, int delayMillis) {
        writer = ImageIO.getImageWritersBySuffix("gif").next();
        writer.setOutput(out);
        delayCentiseconds = Math.max(1, delayMillis / 10);
    }

    public void write(BufferedImage frame) throws IOException {
        BufferedImage rgb = toRgb(frame);
        boolean first = !started;
        if (first) {
            writer.prepareWriteSequence(null);
            started = true;
        }
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb),
                writer.getDefaultWriteParam());
        configure(metadata, first);
        writer.writeToSequence(new IIOImage(rgb, null, metadata), null);
    }

    @Override
    public void close() throws IOException {
        if (started) {
            writer.endWriteSequence();
        }
        writer.dispose();
    }

    private void configure(IIOMetadata metadata, boolean first) throws IIOInvalidTreeException {
        String format = metadata.getNativeMetadataFormatName();
        var root = (IIOMetadataNode) metadata.getAsTree(format);
        var control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            loop(root);
        }
        metadata.setFromTree(format, root);
    }

    private static void loop(IIOMetadataNode root) {
        var apps = child(root, "ApplicationExtensions");
        var loop = new IIOMetadataNode("ApplicationExtension");
        loop.setAttribute("applicationID", "NETSCAPE");
        loop.setAttribute("authenticationCode", "2.0");
        loop.setUserObject(new byte[] {0x1, 0, 0}); // loop count 0 = forever
        apps.appendChild(loop);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        var node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }
}
