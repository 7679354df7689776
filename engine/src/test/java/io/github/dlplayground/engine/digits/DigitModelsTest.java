package io.github.dlplayground.engine.digits;

import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.model.ModelFiles;
import io.github.dlplayground.engine.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigitModelsTest {
    @Test
    void defaultModelIsCachedAndReadBackWithoutTraining() throws IOException {
        ModelFiles.Loaded trained = TestCache.defaultModel();
        var batches = new AtomicInteger();

        ModelFiles.Loaded again = DigitModels.loadOrTrainDefault(TestCache.folder(),
                (epoch, epochs, batch, count, loss) -> batches.incrementAndGet(), () -> false);

        assertThat(batches).hasValue(0);
        assertThat(Files.isRegularFile(TestCache.folder().resolve(DigitModels.DEFAULT_FILE))).isTrue();
        assertThat(again.network().parameters().get(0).value())
                .containsExactly(trained.network().parameters().get(0).value());
        assertThat(DigitModels.dataset(again)).isEqualTo(DatasetKind.MNIST);
        assertThat(again.file().test().accuracy()).isGreaterThan(0.96);
    }

    @Test
    void defaultNetworkReadsOneChannelOfTwentyEightSquared() {
        var spec = DigitModels.defaultSpec();

        assertThat(spec.validate(10).isValid()).isTrue();
        assertThat(spec.input()).isEqualTo(Shape.of(1, 28, 28));
    }

    @Test
    void damagedCacheFileIsReplacedByANewTraining(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(DigitModels.DEFAULT_FILE), "{\"format\": \"dlplayground-model\"");
        var prepared = new AtomicInteger();
        DigitTraining.Listener listener = new DigitTraining.Listener() {
            @Override
            public void preparing() {
                prepared.incrementAndGet();
            }

            @Override
            public void batchDone(int epoch, int epochs, int batch, int batches, double loss) {
            }
        };

        // stop as soon as training has begun: the damaged file led to a new run instead of an error
        assertThatThrownBy(() -> DigitModels.loadOrTrainDefault(folder, listener, () -> prepared.get() > 0))
                .isInstanceOf(IOException.class).hasMessageContaining("stopped");
        assertThat(prepared).hasValue(1);
    }

    @Test
    void fineTuningLearnsTheExamplesAndNeverTouchesTheDefaultModel(@TempDir Path folder) throws IOException {
        ModelFiles.Loaded base = TestCache.defaultModel();
        byte[] defaultBytes = Files.readAllBytes(TestCache.folder().resolve(DigitModels.DEFAULT_FILE));
        float[] before = base.network().parameters().get(0).value().clone();
        Dataset test = DigitModels.sampleDigits().test();
        // teach it a deliberately odd rule: these sevens are to be read as ones
        List<FineTuning.Example> examples = new ArrayList<>();
        for (int i = 0; i < test.size() && examples.size() < 6; i++) {
            if (test.label(i) == 7) {
                examples.add(new FineTuning.Example(test.image(i), 1));
            }
        }

        DigitModels.FineTuned tuned = DigitModels.fineTunePersonal(base, examples, folder, (s, n, loss) -> { });

        assertThat(tuned.result().lossAfter()).isLessThan(tuned.result().lossBefore() / 2);
        assertThat(tuned.file()).isEqualTo(folder.resolve(DigitModels.PERSONAL_FILE));
        assertThat(ModelFiles.read(tuned.file()).file().network().name()).contains("fine-tuned");
        assertThat(base.network().parameters().get(0).value()).containsExactly(before);
        assertThat(Files.readAllBytes(TestCache.folder().resolve(DigitModels.DEFAULT_FILE))).isEqualTo(defaultBytes);
    }
}
