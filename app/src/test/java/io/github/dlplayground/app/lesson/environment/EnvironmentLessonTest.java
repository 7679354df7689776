package io.github.dlplayground.app.lesson.environment;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.app.shell.I18n;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class EnvironmentLessonTest {
    private static final DataSourceFact SAMPLE = new DataSourceFact("Fashion-MNIST", "SAMPLE",
            "classpath:/sample-data/fashion-mnist", 10_000, 2_000,
            "Fashion-MNIST: the subset shipped with the app (10,000 training + 2,000 test images).",
            "Fashion-MNIST：随程序附带的子集（10,000 张训练图像 + 2,000 张测试图像）。",
            "For the full set: sudo apt-get install dataset-fashion-mnist.", "获取完整数据集：安装 dataset-fashion-mnist。",
            List.of("your data folder /nowhere does not exist"));
    private EnvironmentLesson lesson;
    private AppSettings settings;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        settings = AppSettings.defaults();
        i18n = new I18n(I18n.ENGLISH);
        var context = new LessonContext(i18n, settings.presenterProperty(), settings.darkProperty(), settings);
        lesson = new EnvironmentLesson(context, folder -> List.of(SAMPLE));
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(lesson.view()), 1000, 800));
        stage.show();
    }

    @Test
    void showsTheSameFactsAsInfoAndCopiesThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lesson.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Matrix backends").tryQuery()).isPresent();
        assertThat(robot.lookup("java").tryQuery()).isPresent();
        assertThat(robot.lookup(System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")")
                .tryQuery()).isPresent();
        assertThat(robot.lookup(SAMPLE.describeEn()).tryQuery()).isPresent();
        assertThat(robot.lookup("#environment-gpu").queryAs(Label.class).getText()).isNotBlank();

        robot.clickOn("#environment-copy");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(lesson.panel().copyText());
        assertThat(copied).contains("Matrix backends").contains(SAMPLE.describeEn()).contains("CPU cores");
        assertThat(robot.lookup("#environment-copied").queryAs(Label.class).getText()).isEqualTo("Copied to the clipboard.");
    }

    @Test
    void benchmarkButtonMeasuresEveryAvailableBackendOffTheFxThread(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lesson.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#environment-gpu-training").queryAs(Label.class).getText()).startsWith("Training runs on");
        robot.clickOn("#environment-speed-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> lesson.panel().speedRows() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var rows = lesson.panel().speedRows();
        assertThat(rows).extracting(GemmSpeed.Row::backend).contains("java");
        for (GemmSpeed.Row row : rows) {
            assertThat(row.failure() == null ? row.gflops() : 1.0).isPositive();
        }
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText().endsWith(" GFLOP/s")).tryQuery()).isPresent();
    }

    @Test
    void followsTheLanguage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lesson.readyProperty().get());
        robot.interact(() -> i18n.localeProperty().set(I18n.CHINESE));
        assertThat(robot.lookup("矩阵后端").tryQuery()).isPresent();
        assertThat(robot.lookup(SAMPLE.describeZh()).tryQuery()).isPresent();
        assertThat(robot.lookup("#environment-copy").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo("复制");
    }

    @Test
    void refreshGathersAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lesson.readyProperty().get());
        robot.interact(() -> settings.backendProperty().set("java"));
        robot.clickOn("#environment-refresh");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lesson.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lesson.panel().copyText()).contains("Selected backend   java");
        robot.interact(lesson::dispose);
    }
}
