package io.github.dlplayground.app.shell;

import io.github.dlplayground.app.PlaygroundApp;
import io.github.dlplayground.app.lesson.LessonInfo;
import io.github.dlplayground.app.lesson.LessonRegistry;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the whole application headless and drives it like a person: lessons, language, theme, presenter. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final Map<String, String> CHINESE_TITLES = Map.of(
            "linreg", "线性回归", "softmax", "softmax 回归与交叉熵", "gradient", "梯度下降与优化算法",
            "activations", "激活函数、过拟合与暂退法", "studio", "搭建并训练网络", "convolution", "卷积与汇聚层",
            "drawing", "手写识别", "environment", "运行环境");
    @RegisterExtension
    static final TemporarySettingsFolder SETTINGS = new TemporarySettingsFolder("dlplayground-config");
    private PlaygroundApp app;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Files.deleteIfExists(SETTINGS.settingsFile());
        app = new PlaygroundApp();
        app.start(stage);
        window = app.window();
    }

    /** Disposes the open lesson and stops the status look-up, so nothing of this window outlives its test. */
    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void opensEveryLessonFromTheNavigationAndDisposesTheOneBefore(FxRobot robot) {
        assertThat(window.lessonArea().headingText()).isEqualTo("Lesson 1 · Linear regression");
        for (LessonInfo info : LessonRegistry.lessons()) {
            var before = window.lessonArea().lesson();
            robot.clickOn("#nav-" + info.id());
            WaitForAsyncUtils.waitForFxEvents();
            String title = window.i18n().get(info.titleKey());
            assertThat(window.lessonArea().headingText()).isEqualTo("Lesson " + info.number() + " · " + title);
            assertThat(robot.lookup("#lesson-heading").queryAs(Label.class).getText()).contains(title);
            assertThat(window.navigation().button(info).isSelected()).isTrue();
            if (info.number() > 1) {
                assertThat(window.lessonArea().lesson()).isNotSameAs(before);
            }
            assertThat(window.lessonArea().openLessonProperty().get()).isEqualTo(info);
        }
    }

    @Test
    void switchingToChineseRetitlesEverythingWithoutRestart(FxRobot robot) {
        robot.interact(() -> robot.lookup("#language").queryAs(ComboBox.class).getSelectionModel().select("zh"));
        WaitForAsyncUtils.waitForFxEvents();
        for (LessonInfo info : LessonRegistry.lessons()) {
            assertThat(window.navigation().button(info).getText()).isEqualTo(CHINESE_TITLES.get(info.id()));
        }
        assertThat(window.lessonArea().headingText()).isEqualTo("第 1 课 · 线性回归");
        assertThat(robot.lookup("#presenter").queryAs(Labeled.class).getText()).isEqualTo("演示模式");
        assertThat(window.root().getStyleClass()).contains(Theme.CHINESE);
        assertThat(((Stage) window.root().getScene().getWindow()).getTitle()).startsWith("深度学习游乐场");
        robot.clickOn("#nav-gradient");
        assertThat(window.lessonArea().headingText()).isEqualTo("第 3 课 · 梯度下降与优化算法");
        assertThat(savedSettings()).contains("\"zh\"");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lessonArea().headingText()).isEqualTo("Lesson 3 · Gradient descent & optimizers");
    }

    @Test
    void themeButtonSwitchesToDarkAndBack(FxRobot robot) {
        robot.clickOn("#theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.settings().dark()).isTrue();
        assertThat(window.root().getStyleClass()).contains(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(savedSettings()).contains("\"dark\"");
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.root().getStyleClass()).doesNotContain(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    @Test
    void presenterModeMakesTextLarger(FxRobot robot) {
        var heading = robot.lookup("#lesson-heading").queryAs(Label.class);
        double normal = heading.getFont().getSize();
        robot.clickOn("#presenter");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.context().presenterMode().get()).isTrue();
        assertThat(window.root().getStyleClass()).contains(Theme.PRESENTER);
        assertThat(heading.getFont().getSize()).isCloseTo(normal * 1.5, org.assertj.core.data.Offset.offset(0.5));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.context().presenterMode().get()).isFalse();
        assertThat(heading.getFont().getSize()).isCloseTo(normal, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void keyboardOpensLessonsAndHelpListsTheShortcuts(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lessonArea().headingText()).isEqualTo("Lesson 6 · Convolution & pooling");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcut-list").tryQuery()).isPresent();
        assertThat(robot.lookup("F11").tryQuery()).isPresent();
        assertThat(robot.lookup("Full screen on or off (Esc also leaves it)").tryQuery()).isPresent();
        assertThat(robot.lookup("Show or hide the explanation panel").tryQuery()).isPresent();
        robot.clickOn("Close");
    }

    @Test
    void f11TogglesFullScreen(FxRobot robot) {
        var stage = (Stage) window.root().getScene().getWindow();
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isFalse();
    }

    @Test
    void statusLineShowsTheBackendInUse() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.statusReadyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statusLine().backendText()).startsWith("Backend: ").doesNotContain("…");
        assertThat(window.statusLine().dataSourceText()).startsWith("Data: ");
        assertThat(window.statusLine().message()).isEqualTo("Ready.");
    }

    @Test
    void explanationSlotHoldsThePanelOfTheOpenLesson(FxRobot robot) {
        robot.interact(() -> window.setExplanationFactory((context, id) -> new Label("explains " + id)));
        assertThat(((Label) window.lessonArea().explanation()).getText()).isEqualTo("explains linreg");
        boolean wide = window.root().getScene().getWidth() >= LessonArea.WIDE_WINDOW;
        assertThat(window.lessonArea().isExplanationVisible()).isEqualTo(wide);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lessonArea().isExplanationVisible()).isEqualTo(!wide);
        if (wide) {
            robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(window.lessonArea().isExplanationVisible()).isTrue();
        robot.clickOn("#nav-softmax");
        assertThat(((Label) window.lessonArea().explanation()).getText()).isEqualTo("explains softmax");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lessonArea().isExplanationVisible()).isFalse();
        robot.clickOn(window.lessonArea().explanationToggle());
        assertThat(window.lessonArea().isExplanationVisible()).isTrue();
    }

    private static String savedSettings() {
        try {
            return Files.readString(SETTINGS.settingsFile());
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
