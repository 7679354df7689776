package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.DropoutSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.ReluSpec;
import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkDesignTest {
    private static NetworkSpec softmax() {
        return new NetworkSpec("softmax", Shape.of(1, 28, 28), List.of(new FlattenSpec(), new LinearSpec(784, 10)));
    }

    private static NetworkSpec mlp() {
        return new NetworkSpec("mlp", Shape.of(1, 28, 28), List.of(new FlattenSpec(), new LinearSpec(784, 256),
                new ReluSpec(), new LinearSpec(256, 10)));
    }

    private static List<String> types(NetworkDesign d) {
        return d.spec().layers().stream().map(LayerSpec::type).toList();
    }

    @Test
    void blocksCarryShapesAndParameterCounts() {
        var d = new NetworkDesign(mlp(), 10);
        assertThat(d.isValid()).isTrue();
        assertThat(d.block(0).output()).hasToString("784");
        assertThat(d.block(1).parameterCount()).isEqualTo(784 * 256 + 256);
        assertThat(d.block(3).output()).hasToString("10");
        assertThat(d.report().parameterCount()).isEqualTo(784 * 256 + 256 + 256 * 10 + 10);
    }

    @Test
    void insertFromPaletteFitsTheIncomingShape() {
        var d = new NetworkDesign(softmax(), 10);
        LayerSpec added = d.insert(1, PaletteItem.byType(LinearSpec.TYPE).orElseThrow());
        assertThat(added).isEqualTo(new LinearSpec(784, 256));
        assertThat(types(d)).containsExactly("flatten", "linear", "linear");
        assertThat(d.selected()).isEqualTo(1);
        assertThat(d.block(1).output()).hasToString("256");
    }

    @Test
    void mismatchMarksTheBlockWithTheEngineSentenceAndUndoClearsIt() {
        var d = new NetworkDesign(softmax(), 10);
        d.insert(1, PaletteItem.byType(LinearSpec.TYPE).orElseThrow());
        assertThat(d.isValid()).isFalse();
        assertThat(d.block(2).problem()).contains("Layer 3 (Linear)").contains("set in_features to 256");
        assertThat(d.block(1).hasProblem()).isFalse();
        d.undo();
        assertThat(d.isValid()).isTrue();
        assertThat(types(d)).containsExactly("flatten", "linear");
        d.redo();
        assertThat(types(d)).containsExactly("flatten", "linear", "linear");
    }

    @Test
    void linearOnAnImageAsksForFlatten() {
        var d = new NetworkDesign(softmax(), 10);
        d.delete(0);
        assertThat(d.block(0).problem()).contains("add Flatten");
        assertThat(d.problems()).hasSize(1);
        d.undo();
        assertThat(d.isValid()).isTrue();
        assertThat(d.selected()).isEqualTo(0);
    }

    @Test
    void kernelLargerThanItsInputIsReported() {
        var d = new NetworkDesign(new NetworkSpec("c", Shape.of(1, 4, 4), List.of(new Conv2dSpec(1, 2, 5, 0),
                new FlattenSpec(), new LinearSpec(2, 10))), 10);
        assertThat(d.block(0).problem()).contains("window does not fit");
        assertThat(d.block(1).output()).isNull();
    }

    @Test
    void moveToGapReordersAndUndoRestores() {
        var d = new NetworkDesign(mlp(), 10);
        assertThat(d.moveToGap(2, 4)).isTrue();
        assertThat(types(d)).containsExactly("flatten", "linear", "linear", "relu");
        assertThat(d.selected()).isEqualTo(3);
        assertThat(d.moveToGap(3, 3)).isFalse();
        assertThat(d.moveToGap(3, 4)).isFalse();
        d.undo();
        assertThat(types(d)).containsExactly("flatten", "linear", "relu", "linear");
        assertThat(d.moveToGap(0, 2)).isTrue();
        assertThat(types(d)).containsExactly("linear", "flatten", "relu", "linear");
    }

    @Test
    void consecutiveChangesOfOneFieldUndoInOneStep() {
        var d = new NetworkDesign(mlp(), 10);
        d.change(1, new LinearSpec(784, 1), "out_features");
        d.change(1, new LinearSpec(784, 12), "out_features");
        d.change(1, new LinearSpec(784, 128), "out_features");
        assertThat(d.history().undoCount()).isEqualTo(1);
        d.undo();
        assertThat(d.spec()).isEqualTo(mlp());
        assertThat(d.history().canUndo()).isFalse();
        assertThat(d.history().canRedo()).isTrue();
    }

    @Test
    void newEditClearsRedo() {
        var d = new NetworkDesign(mlp(), 10);
        d.delete(2);
        d.undo();
        d.insert(2, new DropoutSpec(0.5));
        assertThat(d.history().canRedo()).isFalse();
        assertThat(d.history().nextUndo().orElseThrow().kind()).isEqualTo(EditKind.INSERT);
    }

    @Test
    void loadIsUndoableAndWrongClassCountIsNamed() {
        var d = new NetworkDesign(mlp(), 10);
        d.load(softmax().withLayer(1, new LinearSpec(784, 5)));
        assertThat(d.block(1).problem()).contains("5 outputs").contains("set out_features of layer 2 (Linear) to 10");
        d.undo();
        assertThat(d.spec()).isEqualTo(mlp());
    }

    @Test
    void listenersHearEveryEditAndSelection() {
        var d = new NetworkDesign(mlp(), 10);
        int[] calls = {0};
        d.addListener(() -> calls[0]++);
        d.select(1);
        d.delete(1);
        d.undo();
        d.redo();
        assertThat(calls[0]).isEqualTo(4);
    }

    @Test
    void memoryEstimateCountsWeightsStateAndActivations() {
        var d = new NetworkDesign(softmax(), 10);
        MemoryEstimate m = d.memory(256, 2);
        assertThat(m.parameterBytes()).isEqualTo(4L * 7850 * 4);
        assertThat(m.activationBytes()).isEqualTo(4L * 256 * (2 * (784 + 10) + 784));
        assertThat(MemoryEstimate.format(2_500_000)).isEqualTo("2.5 MB");
    }

    @Test
    void fixSetsInFeaturesOrInsertsFlattenOrSetsTheClassCount() {
        var d = new NetworkDesign(softmax(), 10);
        d.insert(1, PaletteItem.byType(LinearSpec.TYPE).orElseThrow());
        DesignFix fix = DesignFix.find(d).orElseThrow();
        assertThat(fix.field()).isEqualTo("in_features");
        assertThat(fix.value()).isEqualTo(256);
        d.apply(fix.edit());
        assertThat(d.isValid()).isTrue();

        var noFlatten = new NetworkDesign(softmax(), 10);
        noFlatten.delete(0);
        DesignFix flatten = DesignFix.find(noFlatten).orElseThrow();
        assertThat(flatten.field()).isEqualTo("flatten");
        noFlatten.apply(flatten.edit());
        assertThat(noFlatten.isValid()).isTrue();

        var five = new NetworkDesign(softmax().withLayer(1, new LinearSpec(784, 5)), 10);
        DesignFix classes = DesignFix.find(five).orElseThrow();
        assertThat(classes.field()).isEqualTo("out_features");
        five.apply(classes.edit());
        assertThat(five.isValid()).isTrue();
        assertThat(DesignFix.find(five)).isEmpty();
    }
}
