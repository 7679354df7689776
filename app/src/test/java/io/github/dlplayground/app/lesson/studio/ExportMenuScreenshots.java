package io.github.dlplayground.app.lesson.studio;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.app.shell.CjkFont;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.LoadedData;
import io.github.dlplayground.engine.data.SampleData;
import io.github.dlplayground.engine.model.ModelFile;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkFile;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.engine.train.Trainer;
import io.github.dlplayground.engine.train.TrainingListener;
import io.github.dlplayground.engine.train.TrainingResult;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders the studio at the size of the lesson area of a 1280×800 window with a model opened and the Export menu
 * open, in English and Chinese (light) and Chinese dark, to target/screenshots/export-menu-*.png — a tool for
 * looking at the menu, not a test. Run with the test classpath and the Monocle properties of the surefire argLine.
 */
public final class ExportMenuScreenshots {
    private ExportMenuScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        Path model = model(out.resolve("softmax.model.json"));
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        onFx(() -> {
            CjkFont.load();
            return null;
        });
        shoot(out, model, "en", false);
        shoot(out, model, "zh", false);
        shoot(out, model, "zh", true);
        Platform.exit();
    }

    private static Path model(Path file) throws Exception {
        LoadedData sample = SampleData.standard().load(DatasetKind.FASHION_MNIST);
        NetworkFile f = Presets.load("softmax");
        var config = f.training().withEpochs(2);
        Sequential net = NetworkBuilder.build(f.network(), config.init(), config.seed());
        TrainingResult r = new Trainer(net, config).fit(sample.train().head(2000), sample.test(), new TrainingListener() {
        });
        ModelFiles.write(file, ModelFile.of(f.network(), config, net, sample.source(), r.history(), r.finalTest()));
        return file;
    }

    private static void shoot(Path out, Path model, String lang, boolean dark) throws Exception {
        var stage = onFx(Stage::new);
        StudioLesson lesson = onFx(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            var i18n = new I18n(lang.equals("zh") ? I18n.CHINESE : I18n.ENGLISH);
            var context = new LessonContext(i18n, new SimpleBooleanProperty(false), new SimpleBooleanProperty(dark),
                    AppSettings.defaults());
            var l = new StudioLesson(context, StudioTestSupport.sampleData(), new StudioTestSupport.RecordingDialogs());
            stage.setScene(new Scene((Parent) l.view(), 980, 680));
            stage.show();
            return l;
        });
        CompletableFuture<TrainedModel> opened = onFx(() -> lesson.studio().files().openModel(model));
        opened.get(60, TimeUnit.SECONDS);
        onFx(() -> {
            lesson.exportMenu().show();
            return null;
        });
        Thread.sleep(800);
        BufferedImage image = onFx(() -> {
            BufferedImage scene = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
            var g = scene.createGraphics();
            for (Window w : Window.getWindows()) {
                if (w instanceof PopupWindow popup && popup.isShowing() && popup.getScene() != null) {
                    BufferedImage p = SwingFXUtils.fromFXImage(popup.getScene().snapshot(null), null);
                    int x = (int) (popup.getX() - stage.getX() - stage.getScene().getX());
                    int y = (int) (popup.getY() - stage.getY() - stage.getScene().getY());
                    g.drawImage(p, x, y, null);
                }
            }
            g.dispose();
            return scene;
        });
        ImageIO.write(image, "png", out.resolve("export-menu-" + lang + (dark ? "-dark" : "") + ".png").toFile());
        onFx(() -> {
            lesson.exportMenu().hide();
            lesson.dispose();
            stage.close();
            return null;
        });
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        var future = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                future.complete(task.call());
            } catch (Exception e) {
                future.completeExceptionally(e);
            }
        });
        return future.get(60, TimeUnit.SECONDS);
    }
}
