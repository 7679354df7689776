package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.export.ExportException;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.data.LoadedData;
import io.github.dlplayground.engine.data.SampleData;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.model.ModelFile;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.nn.Sequential;
import io.github.dlplayground.engine.spec.NetworkBuilder;
import io.github.dlplayground.engine.spec.NetworkFile;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.engine.train.Trainer;
import io.github.dlplayground.engine.train.TrainingListener;
import io.github.dlplayground.engine.train.TrainingResult;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {
    @TempDir
    static Path tmp;
    private static TrainedModel model;

    /** Answers choosers from a queue and records confirmations and errors. */
    static final class RecordingDialogs implements ExportDialogs {
        final Deque<Path> answers = new ArrayDeque<>();
        final List<String> suggested = new ArrayList<>();
        final List<String> done = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public Optional<Path> chooseFile(ExportActions.Kind kind, String name, Path folder) {
            suggested.add(name);
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> chooseFolder(Path folder) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public void done(String message) {
            done.add(message);
        }

        @Override
        public void error(String title, String message) {
            errors.add(message);
        }
    }

    private I18n i18n;
    private final SimpleObjectProperty<TrainedModel> trained = new SimpleObjectProperty<>();
    private final AtomicReference<Path> modelFile = new AtomicReference<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MenuButton menu;
    private ExportActions actions;

    @BeforeAll
    static void train() throws Exception {
        LoadedData sample = SampleData.standard().load(DatasetKind.FASHION_MNIST);
        NetworkFile file = Presets.load("softmax");
        var config = file.training().withEpochs(2).withBatchSize(50);
        Sequential net = NetworkBuilder.build(file.network(), config.init(), config.seed());
        TrainingResult r = new Trainer(net, config).fit(sample.train().head(300), sample.test().head(100),
                new TrainingListener() {
                });
        model = new TrainedModel(file.network(), config, net, r.history(), r.finalTest(), sample.source());
    }

    @Start
    void start(Stage stage) {
        i18n = new I18n(Locale.ENGLISH);
        menu = new MenuButton("Export");
        actions = new ExportActions(i18n, menu, trained, () -> Optional.ofNullable(modelFile.get()), dialogs);
        stage.setScene(new Scene(new ToolBar(menu), 400, 100));
        stage.show();
    }

    private List<Path> run(FxRobot robot, ExportActions.Kind kind, Path target) throws Exception {
        var future = new AtomicReference<CompletableFuture<List<Path>>>();
        robot.interact(() -> future.set(target == null ? actions.export(kind) : actions.export(kind, target)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, future.get());
        WaitForAsyncUtils.waitForFxEvents();
        return future.get().get();
    }

    @Test
    void theItemsWaitForAModelThenEachExportWritesItsFileAndSaysSo(FxRobot robot) throws Exception {
        assertThat(menu.getItems()).extracting(i -> i.getText()).containsExactly("PyTorch code (.py)…",
                "Jupyter notebook (.ipynb)…", "Curves and confusion matrix (PNG)…", "Metrics per epoch (CSV)…");
        assertThat(menu.getItems()).allMatch(i -> i.isDisable());
        robot.interact(() -> trained.set(model));
        assertThat(menu.getItems()).noneMatch(i -> i.isDisable());

        Path py = tmp.resolve("a").resolve("softmax.py");
        assertThat(run(robot, ExportActions.Kind.PYTORCH, py)).containsExactly(py);
        assertThat(Files.readString(py)).contains("nn.Linear(784, 10)");
        assertThat(dialogs.done).containsExactly("Wrote " + py.toAbsolutePath());

        Path nb = tmp.resolve("a").resolve("softmax.ipynb");
        run(robot, ExportActions.Kind.NOTEBOOK, nb);
        assertThat(Files.readString(nb)).contains("\"nbformat_minor\": 5", "Softmax regression on Fashion-MNIST");

        robot.interact(() -> i18n.localeProperty().set(I18n.CHINESE));
        Path png = tmp.resolve("a").resolve("images");
        assertThat(run(robot, ExportActions.Kind.PNG, png)).containsExactly(png.resolve("curves.png"),
                png.resolve("confusion-matrix.png"));
        assertThat(dialogs.done.get(2)).isEqualTo("已在 " + png.toAbsolutePath() + " 中写入 curves.png 和 confusion-matrix.png");

        Path csv = tmp.resolve("a").resolve("softmax.csv");
        run(robot, ExportActions.Kind.CSV, csv);
        assertThat(Files.readAllLines(csv)).hasSize(3);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theChooserSuggestsANameAddsAMissingExtensionAndCancelWritesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> trained.set(model));
        dialogs.answers.add(tmp.resolve("b").resolve("homework"));
        assertThat(run(robot, ExportActions.Kind.NOTEBOOK, null)).containsExactly(tmp.resolve("b").resolve("homework.ipynb"));
        assertThat(dialogs.suggested).containsExactly("Softmax-regression.ipynb");
        assertThat(run(robot, ExportActions.Kind.CSV, null)).isEmpty();
        assertThat(dialogs.done).hasSize(1);
    }

    @Test
    void anUnwritablePlaceIsOneSentenceInAnErrorDialogAndTheMenuStaysUsable(FxRobot robot) throws Exception {
        robot.interact(() -> trained.set(model));
        Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> run(robot, ExportActions.Kind.PYTORCH, plain.resolve("out.py")))
                .hasCauseInstanceOf(ExportException.class);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("out.py cannot be written: " + plain + " is a file, not a folder")
                .doesNotContain("\n", "Exception");
        assertThat(menu.getItems()).noneMatch(i -> i.isDisable());
    }

    @Test
    void aModelOpenedFromAFileIsEvaluatedFromThatFile(FxRobot robot) throws Exception {
        Path file = tmp.resolve("opened.model.json");
        ModelFiles.write(file, ModelFile.of(model.spec(), model.training(), model.network(), model.data(),
                model.history(), model.finalTest()));
        var opened = new TrainedModel(model.spec(), model.training(), model.network(), model.history(), null, null);
        robot.interact(() -> trained.set(opened));
        assertThatThrownBy(() -> run(robot, ExportActions.Kind.PNG, tmp.resolve("c")))
                .hasCauseInstanceOf(ExportException.class);
        assertThat(dialogs.errors).containsExactly("The test results of this model are unknown: train it, or open its"
                + " model file again.");
        modelFile.set(file);
        Path nb = tmp.resolve("c").resolve("opened.ipynb");
        assertThat(run(robot, ExportActions.Kind.NOTEBOOK, nb)).containsExactly(nb);
        // evaluated on the whole shipped test sample, as the model file's data says
        assertThat(Files.readString(nb)).contains("test accuracy ", "(2000 images)");
    }
}
