package io.github.dlplayground.engine.digits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PreprocessingTest {
    /** An "L" drawn small in the top-left corner of a wide 400×300 pad. */
    private static InkImage offCentreL() {
        InkImage pad = InkImage.blank(400, 300);
        TestDrawings.stroke(pad, 40, 30, 40, 130, 6);
        TestDrawings.stroke(pad, 40, 130, 100, 130, 6);
        return pad;
    }

    @Test
    void findsTheBoundingBoxOfTheInk() {
        PreprocessedDrawing result = Preprocessing.MNIST.apply(offCentreL());

        // capsules of radius 6 around x 40..100, y 30..130, antialiased over one more pixel
        BoundingBox box = result.boundingBox();
        assertThat(box.x()).isBetween(33, 34);
        assertThat(box.y()).isBetween(23, 24);
        assertThat(box.x() + box.width()).isBetween(106, 107);
        assertThat(box.y() + box.height()).isBetween(136, 137);
    }

    @Test
    void offCentreStrokeEndsCentredByMassInsideTwentyEightSquare() {
        PreprocessedDrawing result = Preprocessing.MNIST.apply(offCentreL());
        InkImage input = result.input();

        assertThat(input.width()).isEqualTo(28);
        assertThat(input.height()).isEqualTo(28);
        double[] mass = Shifts.centreOfMass(input);
        assertThat(mass[0]).isCloseTo(14.0, within(0.5));
        assertThat(mass[1]).isCloseTo(14.0, within(0.5));
        // the L is taller than wide: height scaled to 20, width to 20·(74/114) ≈ 13, nothing cut off
        assertThat(result.scaled().height()).isEqualTo(20);
        assertThat(result.scaled().width()).isEqualTo((int) Math.round(20.0 * result.boundingBox().width()
                / result.boundingBox().height()));
        BoundingBox inputBox = TestDrawings.inkBox(input);
        assertThat(inputBox.height()).isEqualTo(20);
        assertThat(inputBox.width()).isEqualTo(result.scaled().width());
        assertThat(input.totalInk()).isCloseTo(result.scaled().totalInk(), within(1e-3));
        // the L's mass sits low and left of its box, so the shift moves it right and up
        assertThat(result.shiftX()).isPositive();
        assertThat(result.shiftY()).isNegative();
    }

    @Test
    void sameShapeAtAnotherPlaceAndSizeGivesTheSameInput() {
        InkImage small = InkImage.blank(300, 300);
        TestDrawings.stroke(small, 200, 200, 260, 280, 4);
        InkImage large = InkImage.blank(300, 300);
        TestDrawings.stroke(large, 30, 20, 150, 180, 8);

        float[] a = Preprocessing.MNIST.apply(small).input().ink();
        float[] b = Preprocessing.MNIST.apply(large).input().ink();
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            diff += Math.abs(a[i] - b[i]);
        }
        assertThat(diff / Preprocessing.MNIST.apply(small).input().totalInk()).isLessThan(0.1);
    }

    @Test
    void keepsTheAspectRatioOfATallStroke() {
        InkImage pad = InkImage.blank(200, 400);
        TestDrawings.stroke(pad, 100, 50, 100, 350, 10);

        PreprocessedDrawing result = Preprocessing.MNIST.apply(pad);

        // box 22×322 → 20 high, 22·20/322 ≈ 1.4 → 1 wide
        assertThat(result.scaled().height()).isEqualTo(20);
        assertThat(result.scaled().width()).isEqualTo(1);
        assertThat(Shifts.centreOfMass(result.input())[0]).isCloseTo(14.0, within(0.5));
    }

    @Test
    void blankDrawingIsEmptyAndGivesABlankInput() {
        PreprocessedDrawing result = Preprocessing.MNIST.apply(InkImage.blank(100, 100));

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.input().totalInk()).isZero();
        assertThat(result.input().width()).isEqualTo(28);
    }

    @Test
    void faintSpecksBelowTheThresholdDoNotWidenTheBox() {
        InkImage pad = offCentreL();
        pad.ink()[299 * 400 + 399] = 0.04f;

        assertThat(Preprocessing.MNIST.apply(pad).boundingBox().x() + Preprocessing.MNIST.apply(pad)
                .boundingBox().width()).isLessThan(110);
    }

    @Test
    void fashionPreprocessingFillsTheFieldAndCentresTheBox() {
        InkImage pad = InkImage.blank(400, 400);
        TestDrawings.stroke(pad, 20, 20, 380, 20, 10);
        TestDrawings.stroke(pad, 20, 20, 20, 200, 10);

        PreprocessedDrawing result = Preprocessing.FASHION_MNIST.apply(pad);

        BoundingBox box = TestDrawings.inkBox(result.input());
        assertThat(box.width()).isEqualTo(28);
        assertThat(result.shiftX()).isZero();
        assertThat(result.shiftY()).isZero();
        assertThat(box.y() + box.height() / 2.0).isCloseTo(14.0, within(1.0));
    }
}
