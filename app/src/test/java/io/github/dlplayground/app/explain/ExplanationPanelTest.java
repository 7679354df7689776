package io.github.dlplayground.app.explain;

import io.github.dlplayground.app.lesson.LessonInfo;
import io.github.dlplayground.app.lesson.LessonRegistry;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.formula.FormulaView;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ExplanationPanelTest {
    private final ContextFixture fixture = new ContextFixture();
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    @Test
    void everyLessonsExplanationOpensInBothLanguagesWithRenderedFormulas(FxRobot robot) throws Exception {
        for (LessonInfo lesson : LessonRegistry.lessons()) {
            ExplanationPanel panel = show(lesson.id());
            robot.interact(() -> panel.setExpanded(false));
            robot.clickOn(onFx(() -> centreOnScreen(panel.lookup(".title"))));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(panel::isExpanded)).as(lesson.id() + " expands on click").isTrue();
            for (var locale : List.of(I18n.ENGLISH, I18n.CHINESE)) {
                robot.interact(() -> fixture.i18n.localeProperty().set(locale));
                String p1 = fixture.i18n.get("explain." + lesson.id() + ".p1");
                assertThat(onFx(() -> visibleTexts(panel))).contains(p1, fixture.i18n.get("explain.formulas"));
                assertThat(onFx(panel::getText)).isEqualTo(fixture.i18n.get("explain.title"));
                for (FormulaView view : onFx(panel::formulaViews)) {
                    assertThat(onFx(() -> view.errorProperty().get())).isNull();
                    assertThat(nonTransparentPixels(onFx(view::getImage))).as(view.getLatex()).isGreaterThan(20);
                }
            }
            robot.interact(() -> fixture.i18n.localeProperty().set(I18n.ENGLISH));
        }
    }

    @Test
    void formulasFollowThemeAndPresenterMode(FxRobot robot) throws Exception {
        ExplanationPanel panel = show("softmax");
        FormulaView first = panel.formulaViews().get(0);
        Image light = first.getImage();
        robot.interact(() -> fixture.dark.set(true));
        Image dark = first.getImage();
        assertThat(dark).isNotSameAs(light);
        assertThat(brightestInk(dark)).isGreaterThan(0.8);
        assertThat(brightestInk(light)).isLessThan(0.3);
        robot.interact(() -> fixture.presenter.set(true));
        assertThat(first.getImage().getWidth()).isGreaterThan(light.getWidth() * 1.4);
        assertThat(onFx(panel::getPrefWidth)).isEqualTo(570.0);
        robot.interact(() -> panel.setExpanded(false));
        assertThat(onFx(panel::getPrefWidth)).isLessThan(300);
    }

    /**
     * Reads the scene graph on the FX thread. The collapsed width is measured from the title's text when it is
     * read; measuring text on the test thread while the FX thread lays out labels corrupts JavaFX's shared text
     * layout (an ArrayIndexOutOfBoundsException in TextRun during a later pulse).
     */
    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /**
     * Where to click on a node, computed on the FX thread: TestFX's clickOn(Node) computes bounds on the test
     * thread, which races a layout pass (an IndexOutOfBoundsException in Parent.updateCachedBounds).
     */
    private static Point2D centreOnScreen(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private ExplanationPanel show(String lessonId) {
        ExplanationPanel[] panel = new ExplanationPanel[1];
        WaitForAsyncUtils.asyncFx(() -> {
            panel[0] = new ExplanationPanel(fixture.context, lessonId);
            root.getChildren().setAll(panel[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return panel[0];
    }

    private static Set<String> visibleTexts(ExplanationPanel panel) {
        return panel.lookupAll(".label").stream().filter(n -> n instanceof Label && n.isVisible())
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet());
    }

    private static int nonTransparentPixels(Image image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getPixelReader().getColor(x, y).getOpacity() > 0.5) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Brightness of the most opaque pixel: the ink colour. */
    private static double brightestInk(Image image) {
        double best = 0;
        double brightness = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                var c = image.getPixelReader().getColor(x, y);
                if (c.getOpacity() > best) {
                    best = c.getOpacity();
                    brightness = c.getBrightness();
                }
            }
        }
        return brightness;
    }
}
