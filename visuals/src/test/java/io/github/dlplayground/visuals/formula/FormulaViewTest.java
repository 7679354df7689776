package io.github.dlplayground.visuals.formula;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FormulaViewTest {
    private final FormulaRenderer renderer = new FormulaRenderer();
    private FormulaView view;

    @Start
    void start(Stage stage) {
        view = new FormulaView(renderer, "\\mathrm{ReLU}(x) = \\max(x, 0)");
        stage.setScene(new Scene(new StackPane(view), 400, 200));
        stage.show();
    }

    @Test
    void showsANonEmptyImageSizedLikeTheFormula() throws Exception {
        Image image = view.getImage();
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(50);
        assertThat(onFx(() -> view.prefWidth(-1))).isGreaterThan(50);
        assertThat(view.errorProperty().get()).isNull();
    }

    @Test
    void sizeAndColourChangesRenderAgainAndRepeatsComeFromTheCache() {
        double normalWidth = view.getImage().getWidth();
        WaitForAsyncUtils.asyncFx(() -> {
            view.setSize(27);
            view.setColour(Color.web("#e6edf3"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Image presenter = view.getImage();
        assertThat(presenter.getWidth()).isGreaterThan(normalWidth * 1.4);
        assertThat(presenter.getPixelReader().getColor((int) presenter.getWidth() / 2, (int) presenter.getHeight() / 2))
                .isNotNull();
        int misses = renderer.misses();
        WaitForAsyncUtils.asyncFx(() -> view.setSize(FormulaRenderer.DEFAULT_SIZE));
        WaitForAsyncUtils.asyncFx(() -> view.setSize(27));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getImage()).isSameAs(presenter);
        assertThat(renderer.misses()).isEqualTo(misses + 1);
    }

    @Test
    void aNarrowSpaceScalesTheFormulaDownKeepingItsShape() throws Exception {
        double naturalWidth = onFx(() -> view.prefWidth(-1));
        double naturalHeight = onFx(() -> view.prefHeight(-1));
        assertThat(view.getContentBias()).isEqualTo(javafx.geometry.Orientation.HORIZONTAL);
        assertThat(onFx(() -> view.prefHeight(naturalWidth / 2)))
                .isCloseTo(naturalHeight / 2, org.assertj.core.data.Offset.offset(1.0));
        assertThat(onFx(() -> view.prefHeight(naturalWidth * 2))).isEqualTo(naturalHeight);
        assertThat(onFx(() -> view.minWidth(-1))).isLessThanOrEqualTo(120);
    }

    /** Sizes are computed on the FX thread, which owns the scene graph (and JavaFX's shared text layout). */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void badFormulaShowsItsSourceAndTheReason() {
        WaitForAsyncUtils.asyncFx(() -> view.setLatex("\\nosuchcommand{x}"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.errorProperty().get()).contains("cannot be typeset");
        assertThat(view.getImage()).isNull();
    }
}
