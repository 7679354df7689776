package io.github.dlplayground.visuals.convolution;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConvolutionLayoutTest {
    private static List<Rect> grids(ConvSettings s, ConvolutionLayout l) {
        var rects = new ArrayList<Rect>();
        for (int c = 0; c < s.inChannels(); c++) {
            rects.add(l.input(c));
        }
        if (!s.operation().isPooling()) {
            for (int o = 0; o < s.outChannels(); o++) {
                for (int c = 0; c < s.inChannels(); c++) {
                    rects.add(l.kernel(o, c));
                }
                rects.add(l.bias(o));
            }
        }
        for (int o = 0; o < s.effectiveOutChannels(); o++) {
            rects.add(l.output(o));
        }
        return rects;
    }

    private static boolean overlap(Rect a, Rect b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    @Test
    void gridsFitTheViewportWithoutOverlapping() {
        ConvSettings[] cases = {
            ConvSettings.bookExample(),
            new ConvSettings(ConvOperation.CONV, 3, 2, 6, 6, 3, 3, 1, 1, 1, 1, false),
            new ConvSettings(ConvOperation.CONV, 1, 4, 4, 4, 1, 1, 0, 0, 1, 1, false),
            new ConvSettings(ConvOperation.CONV, 4, 4, 16, 16, 7, 7, 4, 4, 1, 1, false),
            new ConvSettings(ConvOperation.MAX_POOL, 3, 3, 8, 8, 2, 2, 1, 1, 2, 2, false)};
        for (ConvSettings s : cases) {
            for (double scale : new double[] {1, 1.5}) {
                var l = new ConvolutionLayout(s, 900, 500, scale);
                List<Rect> rects = grids(s, l);
                for (Rect r : rects) {
                    assertThat(r.x()).as("%s", s).isGreaterThanOrEqualTo(0);
                    assertThat(r.x() + r.width()).as("%s", s).isLessThanOrEqualTo(900);
                    assertThat(r.y() + r.height()).as("%s", s).isLessThanOrEqualTo(500);
                }
                for (int i = 0; i < rects.size(); i++) {
                    for (int j = i + 1; j < rects.size(); j++) {
                        assertThat(overlap(rects.get(i), rects.get(j))).as("%s: %s and %s", s, rects.get(i),
                                rects.get(j)).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void hitFindsTheCellUnderThePointer() {
        var s = new ConvSettings(ConvOperation.CONV, 2, 2, 4, 5, 3, 2, 1, 0, 1, 1, false);
        var l = new ConvolutionLayout(s, 1000, 700, 1);
        Rect in = l.cellRect(l.input(1), 2, 3);
        assertThat(l.hit(in.centerX(), in.centerY())).contains(new CellRef(CellRef.Kind.INPUT, 1, 1, 2, 3));
        Rect k = l.cellRect(l.kernel(1, 0), 2, 1);
        assertThat(l.hit(k.centerX(), k.centerY())).contains(new CellRef(CellRef.Kind.KERNEL, 1, 0, 2, 1));
        Rect b = l.bias(0);
        assertThat(l.hit(b.centerX(), b.centerY())).contains(new CellRef(CellRef.Kind.BIAS, 0, 0, 0, 0));
        Rect out = l.cellRect(l.output(1), 3, 2);
        assertThat(l.hit(out.centerX(), out.centerY())).contains(new CellRef(CellRef.Kind.OUTPUT, 1, 1, 3, 2));
        assertThat(l.hit(1, 1)).isEmpty();
    }

    @Test
    void cellsGrowWithPresenterScaleUpToTheLimit() {
        var small = new ConvolutionLayout(ConvSettings.bookExample(), 1200, 700, 1);
        var large = new ConvolutionLayout(ConvSettings.bookExample(), 1400, 900, 1.5);
        assertThat(small.cell()).isEqualTo(ConvolutionLayout.MAX_CELL);
        assertThat(large.cell()).isEqualTo(1.5 * ConvolutionLayout.MAX_CELL);
    }
}
