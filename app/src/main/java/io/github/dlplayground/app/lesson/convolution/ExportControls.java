package io.github.dlplayground.app.lesson.convolution;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.convolution.ConvolutionAnimator;
import io.github.dlplayground.visuals.convolution.ConvolutionModel;
import io.github.dlplayground.visuals.convolution.ExportJob;
import io.github.dlplayground.visuals.convolution.FrameExport;
import io.github.dlplayground.visuals.convolution.FrameRenderer;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Exports every step of the current animation for slides, 1280×720 in the current theme: a folder of numbered
 * PNGs or one looping GIF whose frame time follows the playback speed. FX thread only.
 */
final class ExportControls {
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    private final ConvolutionModel model;
    private final ConvolutionAnimator animator;
    private final I18n i18n;
    private final ObservableValue<Palette> palette;
    private final Button png;
    private final Button gif;
    private final Button cancel;
    private final Label status = new Label();
    private final VBox node;
    private ExportJob job;

    ExportControls(ConvolutionModel model, ConvolutionAnimator animator, I18n i18n, ObservableValue<Palette> palette) {
        this.model = model;
        this.animator = animator;
        this.i18n = i18n;
        this.palette = palette;
        png = Widgets.button(i18n, "convolution.export.png", "mdi2f-file-png-box");
        gif = Widgets.button(i18n, "convolution.export.gif", "mdi2f-file-gif-box");
        cancel = Widgets.button(i18n, "convolution.export.cancel", "mdi2c-close");
        cancel.setVisible(false);
        cancel.setManaged(false);
        status.setWrapText(true);
        png.setOnAction(e -> choosePngFolder());
        gif.setOnAction(e -> chooseGifFile());
        cancel.setOnAction(e -> cancel());
        node = new VBox(8, Widgets.title(i18n, "convolution.section.export"), new FlowPane(8, 8, png, gif, cancel),
                status);
    }

    Node node() {
        return node;
    }

    /** Starts exporting PNG frames into a folder (also used by tests, without the chooser). */
    void exportPngs(Path folder) {
        start(folder, () -> FrameExport.pngSequence(folder));
    }

    void exportGif(Path file) {
        int delay = (int) Math.round(1000 / Math.max(0.5, animator.speedProperty().get()));
        start(file, () -> FrameExport.gif(file, Math.min(2000, delay)));
    }

    Label status() {
        return status;
    }

    void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    private void choosePngFolder() {
        var chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("convolution.export.folder"));
        File dir = chooser.showDialog(window());
        if (dir != null) {
            exportPngs(dir.toPath());
        }
    }

    private void chooseGifFile() {
        var chooser = new FileChooser();
        chooser.setTitle(i18n.get("convolution.export.file"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GIF", "*.gif"));
        chooser.setInitialFileName("convolution.gif");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            Path path = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".gif") ? file.toPath()
                    : file.toPath().resolveSibling(file.getName() + ".gif");
            exportGif(path);
        }
    }

    private interface Opener {
        FrameExport open() throws IOException;
    }

    private void start(Path target, Opener opener) {
        FrameExport export;
        try {
            export = opener.open();
        } catch (IOException | RuntimeException e) {
            status.setText(i18n.get("convolution.export.failed", String.valueOf(e.getMessage())));
            return;
        }
        animator.pause();
        var renderer = new FrameRenderer(model, palette.getValue(), i18n::get, WIDTH, HEIGHT);
        int frames = renderer.frameCount();
        busy(true);
        job = ExportJob.start(renderer, export,
                p -> status.setText(i18n.get("convolution.export.progress", String.valueOf(Math.round(p * 100)))),
                error -> finished(error, frames, target));
    }

    private void finished(Optional<String> error, int frames, Path target) {
        job = null;
        busy(false);
        if (error.isEmpty()) {
            status.setText(i18n.get("convolution.export.done", String.valueOf(frames), target.toString()));
        } else if ("cancelled".equals(error.get())) {
            status.setText(i18n.get("convolution.export.cancelled"));
        } else {
            status.setText(i18n.get("convolution.export.failed", error.get()));
        }
    }

    private void busy(boolean busy) {
        png.setDisable(busy);
        gif.setDisable(busy);
        cancel.setVisible(busy);
        cancel.setManaged(busy);
    }

    private Window window() {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }
}
