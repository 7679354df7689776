package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.engine.spec.BatchNormSpec;
import io.github.dlplayground.engine.spec.Conv2dSpec;
import io.github.dlplayground.engine.spec.FlattenSpec;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.engine.spec.LinearSpec;
import io.github.dlplayground.engine.spec.MaxPool2dSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.spec.SpecReport;
import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTextTest {
    private static String firstProblem(List<LayerSpec> layers) {
        SpecReport r = new NetworkSpec("t", Shape.of(1, 28, 28), layers).validate(10);
        return r.problems().get(0).message();
    }

    @Test
    void everyEngineDesignProblemHasAChineseSentence() {
        List<List<LayerSpec>> broken = List.of(
                List.of(new LinearSpec(784, 10)),
                List.of(new LinearSpec(100, 10)),
                List.of(new FlattenSpec(), new LinearSpec(100, 10)),
                List.of(new Conv2dSpec(3, 6, 5, 2)),
                List.of(new Conv2dSpec(1, 6, 29, 0)),
                List.of(new FlattenSpec(), new MaxPool2dSpec(2)),
                List.of(new LinearSpec(0, 10)),
                List.of(new FlattenSpec(), new LinearSpec(784, 5)),
                List.of(new BatchNormSpec(6)),
                List.of(new FlattenSpec(), new BatchNormSpec(6)),
                List.of(new BatchNormSpec(0)),
                List.of(new FlattenSpec()),
                List.of());
        for (List<LayerSpec> layers : broken) {
            String english = firstProblem(layers);
            String chinese = ProblemText.of(english, true);
            assertThat(chinese).as(english).isNotEqualTo(english).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void keepsNumbersAndLayerNames() {
        String zh = ProblemText.of(firstProblem(List.of(new FlattenSpec(), new LinearSpec(100, 10))), true);
        assertThat(zh).startsWith("第 2 层（Linear）：").contains("in_features 设为 784");
        String bn = ProblemText.of(firstProblem(List.of(new Conv2dSpec(1, 16, 5, 0), new BatchNormSpec(6))), true);
        assertThat(bn).isEqualTo("第 2 层（BatchNorm）：要规范化 6 个通道，但收到的 16×24×24 有 16 个通道 —— 把 num_features 设为 16");
        assertThat(ProblemText.of("something new", true)).isEqualTo("something new");
        assertThat(ProblemText.of("Layer 1 (Linear): x", false)).isEqualTo("Layer 1 (Linear): x");
    }
}
