package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.train.TrainingResult;
import io.github.dlplayground.visuals.confusion.ConfusionData;
import io.github.dlplayground.visuals.confusion.ConfusionMatrixLayout;
import io.github.dlplayground.visuals.gallery.GalleryItem;
import io.github.dlplayground.visuals.network.NetworkCanvasView;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.github.dlplayground.app.lesson.studio.StudioTestSupport.await;
import static io.github.dlplayground.app.lesson.studio.StudioTestSupport.settings;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class StudioLessonTest {
    private I18n i18n;
    private StudioTestSupport.RecordingDialogs dialogs;
    private StudioLesson lesson;
    private StudioView studio;
    private final List<TrainingResult> results = new ArrayList<>();

    @Start
    void start(Stage stage) {
        i18n = new I18n(Locale.ENGLISH);
        dialogs = new StudioTestSupport.RecordingDialogs();
        lesson = StudioTestSupport.show(stage, i18n, dialogs, results);
        studio = lesson.studio();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(lesson::dispose);
    }

    private Point2D onScreen(NetworkCanvasView canvas, Point2D local) {
        return canvas.localToScreen(local);
    }

    @Test
    void dragLinearShowsItsShapeThenAMismatchTurnsRedDisablesTrainAndUndoRestores(FxRobot robot) {
        NetworkCanvasView canvas = studio.designPane().canvas();
        assertThat(studio.trainingBar().trainButton().isDisabled()).isFalse();
        robot.drag(studio.designPane().palette().entry("linear")).moveTo(onScreen(canvas, canvas.gapPoint(7))).drop();

        assertThat(studio.design().size()).isEqualTo(13);
        assertThat(studio.design().block(7).spec()).isEqualTo(new LinearSpec(400, 256));
        assertThat(studio.design().block(7).output()).hasToString("256");
        assertThat(canvas.blockLines(7)).containsExactly("8  Linear", "400 → 256", "→ 256", "102,656 params");
        assertThat(studio.design().block(8).hasProblem()).isTrue();
        assertThat(canvas.blockTooltip(8)).contains("set in_features to 256");
        assertThat(studio.designPane().problemLabel().getText()).contains("Layer 9 (Linear)")
                .contains("set in_features to 256");
        assertThat(studio.designPane().fixButton().getText()).isEqualTo("Set in_features of layer 9 to 256");
        assertThat(studio.trainingBar().trainButton().isDisabled()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(studio.design().size()).isEqualTo(12);
        assertThat(studio.design().isValid()).isTrue();
        assertThat(studio.designPane().problemShown()).isFalse();
        assertThat(studio.trainingBar().trainButton().isDisabled()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(studio.design().size()).isEqualTo(13);
        robot.clickOn(studio.designPane().fixButton());
        assertThat(studio.design().isValid()).isTrue();
        assertThat(studio.design().block(8).spec()).isEqualTo(new LinearSpec(256, 120));
    }

    @Test
    void propertyPanelEditsTheSelectedBlockAndOneUndoRevertsTheTyping(FxRobot robot) {
        NetworkCanvasView canvas = studio.designPane().canvas();
        robot.interact(() -> studio.design().select(7));
        robot.interact(() -> studio.design().select(-1));
        robot.clickOn(onScreen(canvas, canvas.blockCentre(7)));
        assertThat(studio.design().selected()).isEqualTo(7);
        robot.doubleClickOn(studio.properties().field("out_features")).eraseText(3).write("64");
        assertThat(studio.design().block(7).spec()).isEqualTo(new LinearSpec(400, 64));
        assertThat(studio.design().block(9).problem()).contains("Layer 10 (Linear)").contains("set in_features to 64");
        robot.clickOn(studio.toolbar().undoButton());
        assertThat(studio.design().block(7).spec()).isEqualTo(new LinearSpec(400, 120));
        assertThat(studio.properties().field("out_features").getText()).isEqualTo("120");
        robot.clickOn(onScreen(canvas, canvas.blockCentre(7))).type(KeyCode.DELETE);
        assertThat(studio.design().size()).isEqualTo(11);
        assertThat(studio.designPane().problemLabel().getText()).contains("Layer 9 (Linear)")
                .contains("set in_features to 400");
    }

    @Test
    void lenetTrainsOneShortEpochAndFillsChartsMatrixGalleryAndInsideViews(FxRobot robot, @TempDir Path dir)
            throws Exception {
        settings(robot, studio, "training_set_size", "512", "epochs", "1", "batch_size", "64");
        robot.clickOn(studio.trainingBar().trainButton());
        await(240, () -> !results.isEmpty() && studio.session().trainedProperty().get() != null);

        assertThat(results.get(0).status()).isEqualTo(TrainingResult.Status.COMPLETED);
        RunCurves.Run run = studio.curves().current();
        assertThat(run.batchLoss.size()).isEqualTo(8);
        assertThat(run.evalAccuracy.size()).isEqualTo(1);
        assertThat(studio.curvesPane().lossChart().model().series().get(0).data().size()).isEqualTo(8);
        assertThat(studio.trainingBar().statusLabel().getText()).startsWith("Finished 1 epoch: test accuracy");

        ConfusionData matrix = studio.results().matrix().dataProperty().get();
        int total = 0;
        for (int t = 0; t < 10; t++) {
            total += matrix.rowSum(t);
        }
        assertThat(total).isEqualTo(2000);
        assertThat(studio.results().classAccuracy().dataProperty().get()).isNotNull();
        List<GalleryItem> gallery = studio.results().gallery().items();
        assertThat(gallery).hasSize(ResultsPane.GALLERY_SIZE);
        assertThat(gallery).allSatisfy(g -> assertThat(g.probability()).isBetween(0.0, 1.0));

        robot.interact(() -> studio.tabs().getSelectionModel().select(1));
        var view = studio.results().matrix();
        ConfusionMatrixLayout l = view.matrixLayout().orElseThrow();
        int t = 0;
        int p = 0;
        for (int c = 0; c < 10; c++) {
            if (matrix.count(c, c) > 0) {
                t = c;
                p = c;
                break;
            }
        }
        robot.clickOn(view.localToScreen(l.cellX(p) + l.cell() / 2, l.cellY(t) + l.cell() / 2));
        final int tt = t;
        final int pp = p;
        assertThat(studio.results().gallery().items()).isNotEmpty()
                .allSatisfy(g -> assertThat(g.trueLabel() == tt && g.predicted() == pp).isTrue());

        assertThat(studio.inside().history().isEmpty()).isFalse();
        await(30, () -> !studio.inside().featureMaps().sectionsProperty().get().isEmpty());

        Path model = dir.resolve("lenet.model.json");
        var saved = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Path>>();
        robot.interact(() -> saved.set(lesson.saveModelFile(model)));
        assertThat(saved.get().get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(model);
        assertThat(lesson.currentModelFile()).contains(model);
        assertThat(Files.size(model)).isGreaterThan(61_706 * 4);
        var opened = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<TrainedModel>>();
        robot.interact(() -> opened.set(studio.files().openModel(model)));
        TrainedModel loaded = opened.get().get(60, java.util.concurrent.TimeUnit.SECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(loaded.history()).hasSize(1);
        assertThat(lesson.trainedModelProperty().get()).isSameAs(loaded);
        assertThat(lesson.trainedModelProperty().get().spec()).isEqualTo(studio.design().spec());
        assertThat(studio.trainingBar().continueButton().isDisabled()).isFalse();
    }

    @Test
    void pauseThenStopTakesNoFurtherStepAndARunningStopEndsWithinOneBatch(FxRobot robot) throws Exception {
        settings(robot, studio, "training_set_size", "0", "epochs", "3", "batch_size", "32");
        robot.clickOn(studio.trainingBar().trainButton());
        await(120, () -> studio.session().progressProperty().get() != null);
        robot.clickOn(studio.trainingBar().pauseButton());
        await(60, () -> studio.session().stateProperty().get() == TrainingSession.State.PAUSED);
        long pausedAt = studio.session().steps();
        assertThat(studio.trainingBar().statusLabel().getText()).startsWith("Paused");
        robot.clickOn(studio.trainingBar().stopButton());
        await(60, () -> results.size() == 1);
        assertThat(results.get(0).status()).isEqualTo(TrainingResult.Status.STOPPED);
        assertThat(results.get(0).steps()).isEqualTo(pausedAt);

        robot.clickOn(studio.trainingBar().trainButton());
        await(120, () -> studio.session().progressProperty().get() != null
                && studio.session().stateProperty().get() == TrainingSession.State.RUNNING);
        long[] atStop = new long[1];
        robot.interact(() -> {
            atStop[0] = studio.session().steps();
            studio.trainingBar().stopButton().fire();
        });
        await(60, () -> results.size() == 2);
        assertThat(results.get(1).status()).isEqualTo(TrainingResult.Status.STOPPED);
        assertThat(results.get(1).steps()).isBetween(atStop[0], atStop[0] + 1);
        assertThat(studio.trainingBar().statusLabel().getText()).startsWith("Stopped after 0 epochs");
    }

    @Test
    void divergenceIsExplainedAndRetryDividesTheLearningRateByTen(FxRobot robot) throws Exception {
        robot.interact(() -> studio.files().preset("mlp"));
        settings(robot, studio, "lr", "1E+30", "training_set_size", "512", "epochs", "1", "batch_size", "64");
        robot.clickOn(studio.trainingBar().trainButton());
        await(120, () -> !results.isEmpty());
        assertThat(results.get(0).status()).isEqualTo(TrainingResult.Status.DIVERGED);
        assertThat(studio.divergenceBar().isVisible()).isTrue();
        assertThat(studio.divergenceBar().textLabel().getText()).contains("too high for SGD").contains("Try 1E+29");
        assertThat(studio.curvesPane().lossChart().noteProperty().get()).startsWith("Diverged in epoch 1");
        robot.clickOn(studio.divergenceBar().retryButton());
        assertThat(studio.settings().field("lr").getText()).isEqualTo("1E+29");
        await(120, () -> results.size() == 2);
        assertThat(results.get(1).divergence().lr()).isEqualTo(1e29, org.assertj.core.data.Offset.offset(1e23));
    }

    @Test
    void watchedDropoutShowsItsMaskAndScaling(FxRobot robot) throws Exception {
        robot.interact(() -> {
            studio.files().preset("mlp-dropout");
            studio.design().select(3);
        });
        settings(robot, studio, "training_set_size", "512", "epochs", "1", "batch_size", "64");
        robot.clickOn(studio.trainingBar().trainButton());
        await(120, () -> !results.isEmpty());
        var snapshot = studio.inside().dropoutView().snapshotProperty().get();
        assertThat(snapshot).isNotNull();
        assertThat(snapshot.p()).isEqualTo(0.2);
        assertThat(snapshot.units()).isEqualTo(256);
        assertThat(snapshot.zeroed()).isPositive().isLessThan(256);
        assertThat(snapshot.measuredScale()).isCloseTo(1.25, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(snapshot.evalOutput()).containsExactly(snapshot.input());
        assertThat(studio.curves().current().label).isEqualTo("Multilayer perceptron with dropout · dropout 0.2, 0.5");
    }

    @Test
    void networkFilesSaveOpenAndReportBrokenFilesInOneSentence(FxRobot robot, @TempDir Path dir) throws Exception {
        Path saved = dir.resolve("lenet.json");
        dialogs.answers.add(saved);
        robot.interact(() -> studio.files().saveNetwork());
        assertThat(Files.readString(saved)).contains("\"dlplayground-network\"").contains("\"conv2d\"");
        robot.interact(() -> studio.design().delete(0));
        dialogs.answers.add(saved);
        robot.interact(() -> studio.files().openNetwork());
        assertThat(studio.design().size()).isEqualTo(12);
        assertThat(studio.design().isValid()).isTrue();

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"network\": ");
        robot.interact(() -> studio.files().openNetwork(broken));
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("broken.json").doesNotContain("Exception").doesNotContain("\n\tat ");
        assertThat(studio.design().size()).isEqualTo(12);
    }

    @Test
    void problemsReadInChineseAfterTheLanguageChanges(FxRobot robot) {
        robot.interact(() -> {
            i18n.localeProperty().set(I18n.CHINESE);
            studio.design().insert(7, io.github.dlplayground.visuals.network.PaletteItem.byType("linear").orElseThrow());
        });
        assertThat(studio.designPane().problemLabel().getText()).startsWith("第 9 层（Linear）：")
                .contains("把 in_features 设为 256");
        assertThat(studio.designPane().totalsLabel().getText()).startsWith("参数");
        assertThat(studio.trainingBar().trainButton().getText()).isEqualTo("训练");
        assertThat(studio.designPane().canvas().blockLines(7).get(3)).isEqualTo("102,656 个参数");
    }

    @Test
    void exportMenuShowsTheExportItemsDisabledUntilAModelExists(FxRobot robot) {
        assertThat(lesson.exportMenu().isVisible()).isTrue();
        assertThat(lesson.exportMenu().getItems()).extracting(javafx.scene.control.MenuItem::getId)
                .containsExactly("export-pytorch", "export-notebook", "export-png", "export-csv");
        assertThat(lesson.exportMenu().getItems()).allMatch(javafx.scene.control.MenuItem::isDisable);
        assertThat(lesson.currentNetworkFile().network().name()).isEqualTo("LeNet");
    }

    @Test
    void disposeStopsTrainingAndEndsItsThread(FxRobot robot) throws Exception {
        settings(robot, studio, "training_set_size", "0", "epochs", "5", "batch_size", "32");
        robot.clickOn(studio.trainingBar().trainButton());
        await(120, () -> studio.session().progressProperty().get() != null);
        robot.interact(lesson::dispose);
        await(60, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("studio-training") && t.isAlive()));
    }
}
