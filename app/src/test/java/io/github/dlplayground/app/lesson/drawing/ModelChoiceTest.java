package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.data.DataSource;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.digits.Preprocessing;
import io.github.dlplayground.engine.model.ModelFile;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.ReluSpec;
import io.github.dlplayground.engine.spec.TrainingConfig;
import io.github.dlplayground.engine.spec.WeightInit;
import io.github.dlplayground.engine.tensor.Shape;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Model files in the lesson: a Fashion-MNIST model switches names and preprocessing; a bad one says why. */
@ExtendWith(ApplicationExtension.class)
class ModelChoiceTest {
    @TempDir
    static Path folder;

    private final I18n i18n = new I18n(I18n.ENGLISH);
    private DrawingLesson lesson;

    @Start
    void start(Stage stage) {
        var context = new LessonContext(i18n, new SimpleBooleanProperty(), new SimpleBooleanProperty(),
                AppSettings.defaults());
        lesson = new DrawingLesson(context, TestModels.cacheFolder());
        stage.setScene(new Scene((Parent) lesson.view(), 1280, 800));
        stage.show();
    }

    @Stop
    void stop() {
        lesson.dispose();
    }

    /** An untrained small network over 1×28×28 saved as a model of the given dataset. */
    private static Path modelFile(String name, NetworkSpec spec, DatasetKind kind) throws Exception {
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            var source = kind == null ? null : new DataSource(kind, DataSource.Kind.SAMPLE, "test", 10, 10, List.of());
            ModelFiles.write(file, ModelFile.of(spec, TrainingConfig.defaults(),
                    NetworkBuilder.build(spec, WeightInit.DEFAULT, 1), source, List.of(), null));
        }
        return file;
    }

    private static NetworkSpec smallCnn() {
        return new NetworkSpec("small", Shape.of(1, 28, 28), List.of(new Conv2dSpec(1, 2, 5, 0), new ReluSpec(),
                new FlattenSpec(), new LinearSpec(2 * 24 * 24, 10)));
    }

    @Test
    void fashionModelNamesItsClassesInTheCurrentLanguageAndUsesItsPreprocessing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> lesson.loop().classifier() != null);
        var choice = new ModelChoice.FileModel(modelFile("fashion.model.json", smallCnn(), DatasetKind.FASHION_MNIST));

        robot.interact(() -> lesson.modelBar().load(choice));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lesson.modelBar().current().choice().equals(choice));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lesson.predictionPanel().bars().classNamesProperty().get()).contains("Trouser", "Bag");
        assertThat(lesson.loop().classifier().preprocessing()).isEqualTo(Preprocessing.FASHION_MNIST);
        assertThat(robot.lookup("#drawing-intro").queryAs(Label.class).getText()).contains("trouser");
        assertThat(robot.lookup("#teach-add").queryButton().isDisabled()).isTrue();

        robot.interact(() -> i18n.localeProperty().set(I18n.CHINESE));

        assertThat(lesson.predictionPanel().bars().classNamesProperty().get()).contains("裤子", "包");
    }

    @Test
    void modelThatCannotReadDrawingsGivesOneSentence(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> lesson.loop().classifier() != null);
        var flat = new NetworkSpec("flat", Shape.of(784), List.of(new LinearSpec(784, 10)));
        var choice = new ModelChoice.FileModel(modelFile("flat.model.json", flat, DatasetKind.MNIST));
        var before = lesson.modelBar().current();

        robot.interact(() -> lesson.modelBar().load(choice));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lesson.modelBar().settledProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        String status = robot.lookup("#model-status").queryAs(Label.class).getText();
        assertThat(status).startsWith("Could not use the model:").contains("1×28×28").doesNotContain("\n");
        assertThat(lesson.modelBar().current()).isSameAs(before);
    }
}
