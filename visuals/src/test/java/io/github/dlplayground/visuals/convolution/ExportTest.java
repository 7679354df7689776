package io.github.dlplayground.visuals.convolution;

import io.github.dlplayground.visuals.fx.Palette;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ExportTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static ConvolutionModel book() {
        var model = new ConvolutionModel(ConvSettings.bookExample());
        Fills.bookExample(model);
        return model;
    }

    private Optional<String> export(FxRobot robot, FrameExport target) throws Exception {
        var done = new CompletableFuture<Optional<String>>();
        robot.interact(() -> ExportJob.start(new FrameRenderer(book(), Palette.light(), (k, a) -> k, 320, 180),
                target, p -> { }, done::complete));
        return done.get(60, TimeUnit.SECONDS);
    }

    @Test
    void pngSequenceHasOneFramePerStepPlusTheEmptyStart(FxRobot robot) throws Exception {
        Path folder = dir.resolve("frames");
        assertThat(export(robot, FrameExport.pngSequence(folder))).isEmpty();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "frame-0000.png", "frame-0001.png", "frame-0002.png", "frame-0003.png", "frame-0004.png");
        }
        BufferedImage first = ImageIO.read(folder.resolve("frame-0000.png").toFile());
        assertThat(first.getWidth()).isEqualTo(320);
        assertThat(first.getHeight()).isEqualTo(180);
    }

    @Test
    void animatedGifHoldsEveryFrameAndNoTemporaryFileRemains(FxRobot robot) throws Exception {
        Path gif = dir.resolve("conv.gif");
        assertThat(export(robot, FrameExport.gif(gif, 500))).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(5);
            assertThat(reader.read(4).getWidth()).isEqualTo(320);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("conv.gif");
        }
    }
}
