package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.BatchNormSpec;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.SigmoidSpec;
import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** BatchNorm in the studio's design model: fitted on insert, checked, repaired in one click, undone. */
class BatchNormDesignTest {
    private static final PaletteItem BATCH_NORM = PaletteItem.byType(BatchNormSpec.TYPE).orElseThrow();

    /** Conv2d(1→6, 5×5) → Sigmoid → Flatten → Linear(3456 → 84) → Sigmoid → Linear(84 → 10). */
    private static NetworkSpec convNet() {
        return new NetworkSpec("c", Shape.of(1, 28, 28), List.of(new Conv2dSpec(1, 6, 5, 0), new SigmoidSpec(),
                new FlattenSpec(), new LinearSpec(6 * 24 * 24, 84), new SigmoidSpec(), new LinearSpec(84, 10)));
    }

    private static List<String> types(NetworkDesign d) {
        return d.spec().layers().stream().map(LayerSpec::type).toList();
    }

    @Test
    void insertTakesTheChannelsOrFeaturesArrivingAtTheDropPosition() {
        var d = new NetworkDesign(convNet(), 10);
        long before = d.report().parameterCount();
        assertThat(d.insert(1, BATCH_NORM)).isEqualTo(new BatchNormSpec(6));
        assertThat(d.insert(5, BATCH_NORM)).isEqualTo(new BatchNormSpec(84));
        assertThat(types(d)).containsExactly("conv2d", "batch_norm", "sigmoid", "flatten", "linear", "batch_norm",
                "sigmoid", "linear");
        assertThat(d.isValid()).isTrue();
        assertThat(d.block(1).output()).hasToString("6×24×24");
        assertThat(d.block(1).parameterCount()).isEqualTo(12);
        assertThat(d.block(5).output()).hasToString("84");
        assertThat(d.report().parameterCount()).isEqualTo(before + 12 + 168);
        assertThat(d.selected()).isEqualTo(5);
        assertThat(BlockFormat.keyParams(d.block(1).spec())).isEqualTo("num_features 6");
        assertThat(NetworkRenderer.lines(d.block(5), BlockTexts.english()))
                .containsExactly("6  BatchNorm", "num_features 84", "→ 84", "168 params");
        assertThat(PaletteItem.of(d.block(1).spec()).category()).isEqualTo(LayerCategory.NORMALIZATION);

        d.undo();
        d.undo();
        assertThat(d.spec()).isEqualTo(convNet());
        d.redo();
        assertThat(types(d)).containsExactly("conv2d", "batch_norm", "sigmoid", "flatten", "linear", "sigmoid",
                "linear");
    }

    @Test
    void moreChannelsUpstreamMarkTheBatchNormAndTheFixSetsNumFeatures() {
        var d = new NetworkDesign(convNet(), 10);
        d.insert(1, BATCH_NORM);
        d.change(0, new Conv2dSpec(1, 8, 5, 0), "out_channels");
        assertThat(d.isValid()).isFalse();
        assertThat(d.block(1).problem()).isEqualTo("Layer 2 (BatchNorm): normalises 6 channels but receives 8×24×24"
                + " with 8 — set num_features to 8");
        assertThat(d.block(0).hasProblem()).isFalse();

        DesignFix fix = DesignFix.find(d).orElseThrow();
        assertThat(fix.field()).isEqualTo("num_features");
        assertThat(fix.blockIndex()).isEqualTo(1);
        assertThat(fix.value()).isEqualTo(8);
        d.apply(fix.edit());
        assertThat(d.spec().layers().get(1)).isEqualTo(new BatchNormSpec(8));
        assertThat(d.block(1).hasProblem()).isFalse();
        // The next mismatch is the Linear after Flatten, which the next fix repairs.
        assertThat(DesignFix.find(d).orElseThrow().field()).isEqualTo("in_features");
        d.undo();
        assertThat(d.spec().layers().get(1)).isEqualTo(new BatchNormSpec(6));
        assertThat(d.block(1).hasProblem()).isTrue();
    }

    @Test
    void typingAWrongSizeThenTheFixLeavesOnlyTheInsertToUndo() {
        var d = new NetworkDesign(convNet(), 10);
        d.insert(1, BATCH_NORM);
        d.change(1, new BatchNormSpec(7), "num_features");
        assertThat(d.history().undoCount()).isEqualTo(2);
        d.apply(DesignFix.find(d).orElseThrow().edit());
        assertThat(d.spec().layers().get(1)).isEqualTo(new BatchNormSpec(6));
        assertThat(d.history().undoCount()).isEqualTo(1);
        d.undo();
        assertThat(d.spec()).isEqualTo(convNet());
    }

    @Test
    void memoryEstimateCountsRunningStatisticsAndTheNormalisedInput() {
        var plain = new NetworkDesign(convNet(), 10);
        var d = new NetworkDesign(convNet(), 10);
        d.insert(1, BATCH_NORM);
        MemoryEstimate without = plain.memory(256, 0);
        MemoryEstimate with = d.memory(256, 0);
        // γ, β and their gradients (4·12·2) plus running mean and variance (4·12)
        assertThat(with.parameterBytes() - without.parameterBytes()).isEqualTo(4L * 12 * 2 + 4L * 12);
        // output and its gradient, plus x̂: 3 floats per value of 6×24×24 per image
        assertThat(with.activationBytes() - without.activationBytes()).isEqualTo(4L * 256 * 3 * 6 * 24 * 24);
    }
}
