package io.github.dlplayground.app.lesson.convolution;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.convolution.ClassicKernel;
import io.github.dlplayground.visuals.convolution.ConvOperation;
import io.github.dlplayground.visuals.convolution.ConvolutionLayout;
import io.github.dlplayground.visuals.convolution.ConvolutionView;
import io.github.dlplayground.visuals.convolution.Rect;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ConvolutionLessonTest {
    private ConvolutionLesson lesson;
    private I18n i18n;
    private final SimpleBooleanProperty presenter = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);

    @Start
    void start(Stage stage) {
        i18n = new I18n(Locale.ENGLISH);
        lesson = new ConvolutionLesson(new LessonContext(i18n, presenter, dark, AppSettings.defaults()));
        stage.setScene(new Scene((Parent) lesson.view(), 1280, 800));
        stage.show();
    }

    @Stop
    void stop() {
        lesson.dispose();
    }

    private ConvolutionView view() {
        return lesson.convolutionView();
    }

    private void clickCell(FxRobot robot, Rect cell) {
        Point2D p = view().localToScreen(cell.centerX(), cell.centerY());
        robot.clickOn(p);
    }

    @Test
    void opensOnTheBooksExampleWithTheFullOutput() {
        assertThat(lesson.model().outputValues()).containsExactly(19, 25, 37, 43);
        assertThat(view().outputCellText(0, 1, 1)).isEqualTo("43");
        assertThat(lesson.explanation().formulaText())
                .isEqualTo("Output shape: 1 × ⌊(3 − 2 + 0 + 1)/1⌋ × ⌊(3 − 2 + 0 + 1)/1⌋ = 1 × 2 × 2");
    }

    @Test
    void changingTheStrideResizesTheOutputGridAndUpdatesTheFormula(FxRobot robot) {
        robot.interact(() -> lesson.model().trySettings(lesson.model().settings().withInput(5, 5)));
        ConvolutionLayout before = view().gridLayout();
        assertThat(before.output(0).width()).isEqualTo(4 * before.cell());
        robot.clickOn(robot.lookup("#conv-stride-h .increment-arrow-button").queryAs(javafx.scene.Node.class));
        robot.clickOn(robot.lookup("#conv-stride-w .increment-arrow-button").queryAs(javafx.scene.Node.class));
        assertThat(lesson.model().settings().strideH()).isEqualTo(2);
        assertThat(lesson.model().settings().outputH()).isEqualTo(2);
        ConvolutionLayout after = view().gridLayout();
        assertThat(after.output(0).width()).isEqualTo(2 * after.cell());
        assertThat(after.output(0).height()).isEqualTo(2 * after.cell());
        assertThat(lesson.explanation().formulaText())
                .isEqualTo("Output shape: 1 × ⌊(5 − 2 + 0 + 2)/2⌋ × ⌊(5 − 2 + 0 + 2)/2⌋ = 1 × 2 × 2");
        assertThat(robot.lookup("#conv-formula").queryAs(Label.class).getText()).contains("= 1 × 2 × 2");
    }

    @Test
    void steppingThroughTheBooksExampleFillsTheOutputCells(FxRobot robot) {
        robot.clickOn("#conv-start");
        assertThat(view().outputCellText(0, 0, 0)).isEmpty();
        String[] sums = {"0×0 + 1×1 + 3×2 + 4×3 = 19", "1×0 + 2×1 + 4×2 + 5×3 = 25",
            "3×0 + 4×1 + 6×2 + 7×3 = 37", "4×0 + 5×1 + 7×2 + 8×3 = 43"};
        String[] values = {"19", "25", "37", "43"};
        for (int k = 0; k < 4; k++) {
            robot.clickOn("#conv-forward");
            assertThat(view().outputCellText(0, k / 2, k % 2)).isEqualTo(values[k]);
            assertThat(lesson.explanation().stepTexts()).containsExactly(sums[k]);
            if (k < 3) {
                assertThat(view().outputCellText(0, (k + 1) / 2, (k + 1) % 2)).isEmpty();
            }
            assertThat(robot.lookup("#conv-step").queryAs(Label.class).getText()).isEqualTo("Step " + (k + 1) + " of 4");
        }
        assertThat(robot.lookup("#conv-forward").queryButton().isDisabled()).isTrue();
    }

    @Test
    void arrowKeysStepAsSoonAsTheLessonOpens(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(view().isFocused()).isTrue();
        int before = lesson.model().step();
        robot.type(KeyCode.LEFT);
        assertThat(lesson.model().step()).isEqualTo(before - 1);
    }

    @Test
    void arrowKeysStepTheAnimation(FxRobot robot) {
        robot.clickOn("#conv-start");
        // an empty spot of the grid view takes the keyboard focus
        robot.clickOn(view().localToScreen(4, view().getHeight() - 4));
        assertThat(view().isFocused()).isTrue();
        robot.type(KeyCode.RIGHT, 3);
        assertThat(lesson.model().step()).isEqualTo(3);
        robot.type(KeyCode.LEFT);
        assertThat(lesson.model().step()).isEqualTo(2);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(lesson.model().step()).isEqualTo(3);
    }

    @Test
    void zeroStrideIsRefusedWithTheReason(FxRobot robot) {
        robot.clickOn(robot.lookup("#conv-stride-h .decrement-arrow-button").queryAs(javafx.scene.Node.class));
        assertThat(lesson.model().settings().strideH()).isEqualTo(1);
        assertThat(lesson.shapeControls().strideH().getValue()).isEqualTo(1);
        Label problem = robot.lookup("#conv-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("Not applied: stride 0×1 is impossible");
    }

    @Test
    void kernelLargerThanThePaddedInputIsRefusedWithTheReason(FxRobot robot) {
        var increment = robot.lookup("#conv-kernel-h .increment-arrow-button").queryAs(javafx.scene.Node.class);
        robot.clickOn(increment);
        assertThat(lesson.model().settings().kernelH()).isEqualTo(3);
        robot.clickOn(increment);
        assertThat(lesson.model().settings().kernelH()).isEqualTo(3);
        assertThat(robot.lookup("#conv-problem").queryAs(Label.class).getText())
                .contains("kernel 4×2 does not fit padded input 3×3");
        assertThat(lesson.model().outputValues()).hasSize(2);
    }

    @Test
    void clickingAnInputCellEditsItAndTheEngineRecomputes(FxRobot robot) {
        ConvolutionLayout layout = view().gridLayout();
        clickCell(robot, layout.cellRect(layout.input(0), 0, 1));
        assertThat(view().editor().cell()).isPresent();
        robot.write("5").type(KeyCode.ENTER);
        // 0×0 + 5×1 + 3×2 + 4×3 = 23
        assertThat(lesson.model().input(0, 0, 1)).isEqualTo(5f);
        assertThat(lesson.model().output(0, 0, 0)).isEqualTo(23f);
        assertThat(view().outputCellText(0, 0, 0)).isEqualTo("23");
    }

    @Test
    void clickingAnOutputCellJumpsToItsStep(FxRobot robot) {
        ConvolutionLayout layout = view().gridLayout();
        clickCell(robot, layout.cellRect(layout.output(0), 1, 0));
        assertThat(lesson.model().step()).isEqualTo(3);
        assertThat(lesson.explanation().stepTexts()).containsExactly("3×0 + 4×1 + 6×2 + 7×3 = 37");
    }

    @Test
    void poolingStrideFollowsTheWindowAndAveragePoolingSaysItCountsPaddedZeros(FxRobot robot) {
        robot.interact(() -> lesson.model().trySettings(lesson.model().settings().withInput(4, 4)));
        robot.interact(() -> robot.lookup("#conv-operation").queryComboBox().getSelectionModel()
                .select(ConvOperation.AVG_POOL));
        var s = lesson.model().settings();
        assertThat(s.operation()).isEqualTo(ConvOperation.AVG_POOL);
        assertThat(s.strideH()).isEqualTo(2);
        assertThat(s.strideW()).isEqualTo(2);
        assertThat(robot.lookup("#conv-notes").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .anyMatch(n -> ((Label) n).getText().contains("Average pooling counts padded zeros"));
        robot.clickOn(robot.lookup("#conv-kernel-h .increment-arrow-button").queryAs(javafx.scene.Node.class));
        assertThat(lesson.model().settings().strideH()).isEqualTo(3);
    }

    @Test
    void oneByOneFillExplainsThePerPixelFullyConnectedLayer(FxRobot robot) {
        robot.clickOn("#conv-fill-1x1");
        var s = lesson.model().settings();
        assertThat(s.kernelH()).isEqualTo(1);
        assertThat(s.inChannels()).isEqualTo(3);
        robot.clickOn("#conv-start").clickOn("#conv-forward");
        assertThat(lesson.explanation().stepTexts()).hasSize(5);
        assertThat(lesson.explanation().stepTexts().get(4)).startsWith("pixel (0, 0): x = (");
        assertThat(robot.lookup("#conv-notes").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .anyMatch(n -> ((Label) n).getText().contains("fully connected layer"));
    }

    @Test
    void booksStripePictureUnderTheBooksEdgeKernelFindsTheTwoEdges(FxRobot robot) {
        robot.interact(() -> {
            lesson.fillControls().pictureChoice().setValue(FillControls.PictureChoice.BOOK);
            lesson.fillControls().kernelChoice().setValue(ClassicKernel.BOOK_EDGE);
        });
        robot.clickOn("#conv-fill-picture");
        var s = lesson.model().settings();
        assertThat(s.outputH()).isEqualTo(6);
        assertThat(s.outputW()).isEqualTo(7);
        for (int i = 0; i < 6; i++) {
            assertThat(lesson.model().output(0, i, 1)).isEqualTo(1f);
            assertThat(lesson.model().output(0, i, 5)).isEqualTo(-1f);
            assertThat(lesson.model().output(0, i, 3)).isEqualTo(0f);
        }
    }

    @Test
    void fashionSampleFillsA14By14InputUnderTheChosenKernel(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> lesson.fillControls().samplesSettled());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> lesson.fillControls().kernelChoice().setValue(ClassicKernel.SHARPEN));
        robot.clickOn("#conv-fill-picture");
        var s = lesson.model().settings();
        assertThat(s.inputH()).isEqualTo(14);
        assertThat(s.outputH()).isEqualTo(12);
        assertThat(lesson.model().kernel(0, 0, 1, 1)).isEqualTo(5f);
        assertThat(robot.lookup("#conv-notes").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .anyMatch(n -> ((Label) n).getText().startsWith("Fashion-MNIST test image 0 of the 2000 shipped"));
    }

    @Test
    void presenterModeAndLanguageChangeKeepWorking(FxRobot robot) {
        robot.interact(() -> {
            presenter.set(true);
            dark.set(true);
            i18n.localeProperty().set(I18n.CHINESE);
        });
        assertThat(view().scaleProperty().get()).isEqualTo(1.5);
        assertThat(lesson.explanation().formulaText()).startsWith("输出形状：");
        robot.clickOn("#conv-start").clickOn("#conv-forward");
        assertThat(lesson.explanation().stepTexts()).containsExactly("0×0 + 1×1 + 3×2 + 4×3 = 19");
        robot.interact(() -> lesson.dispose());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lesson.animator().playingProperty().get()).isFalse();
    }
}
