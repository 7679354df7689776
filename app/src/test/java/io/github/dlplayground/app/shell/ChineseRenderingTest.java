package io.github.dlplayground.app.shell;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese text draws as glyphs, not as empty boxes: two different characters give different pictures, in a
 * label styled like the Chinese interface and on a canvas with the default font. A missing glyph would draw
 * the same box for both.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseRenderingTest {
    @Test
    void bundledFontLoadsUnderItsFamilyName() throws Exception {
        Font font = WaitForAsyncUtils.asyncFx(CjkFont::load).get();
        assertThat(font.getFamily()).isEqualTo(CjkFont.FAMILY);
    }

    @Test
    void labelsDrawDistinctChineseGlyphs(FxRobot robot) {
        int[][] pictures = new int[2][];
        robot.interact(() -> {
            CjkFont.load();
            pictures[0] = pixels(labelSnapshot("学"));
            pictures[1] = pixels(labelSnapshot("习"));
        });
        assertThat(inked(pictures[0])).isGreaterThan(20);
        assertThat(Arrays.equals(pictures[0], pictures[1])).isFalse();
    }

    @Test
    void canvasTextInTheDefaultFontDrawsDistinctChineseGlyphs(FxRobot robot) {
        int[][] pictures = new int[2][];
        robot.interact(() -> {
            CjkFont.load();
            pictures[0] = pixels(canvasSnapshot("损"));
            pictures[1] = pixels(canvasSnapshot("失"));
        });
        assertThat(inked(pictures[0])).isGreaterThan(20);
        assertThat(Arrays.equals(pictures[0], pictures[1])).isFalse();
    }

    private static Image labelSnapshot(String text) {
        var label = new Label(text);
        var root = new StackPane(label);
        root.getStyleClass().add(Theme.CHINESE);
        var scene = new Scene(root, 48, 48);
        scene.getStylesheets().add(Theme.stylesheet());
        label.setStyle("-fx-font-size: 32px; -fx-text-fill: black;");
        root.setStyle("-fx-background-color: white;");
        return scene.snapshot(null);
    }

    private static Image canvasSnapshot(String text) {
        var canvas = new Canvas(48, 48);
        var g = canvas.getGraphicsContext2D();
        g.setFill(javafx.scene.paint.Color.WHITE);
        g.fillRect(0, 0, 48, 48);
        g.setFill(javafx.scene.paint.Color.BLACK);
        g.setFont(Font.font(32));
        g.fillText(text, 4, 38);
        return canvas.snapshot(null, null);
    }

    private static int[] pixels(Image image) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        return buffered.getRGB(0, 0, buffered.getWidth(), buffered.getHeight(), null, 0, buffered.getWidth());
    }

    private static long inked(int[] pixels) {
        return Arrays.stream(pixels).filter(p -> (p & 0xff) < 128).count();
    }
}
