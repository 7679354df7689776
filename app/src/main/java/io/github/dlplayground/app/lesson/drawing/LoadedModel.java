package io.github.dlplayground.app.lesson.drawing;

import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.digits.DrawingClassifier;
import io.github.dlplayground.engine.model.ModelFiles;

/**
 * A model ready to read drawings: where it came from, the file's contents with the built network, the
 * classifier (whose layers only the prediction worker uses) and the dataset it was trained on (null when
 * unknown).
 */
record LoadedModel(ModelChoice choice, ModelFiles.Loaded loaded, DrawingClassifier classifier, DatasetKind kind) {
    /** True for models that read digits (fine-tuning applies to them). */
    boolean readsDigits() {
        return kind == DatasetKind.MNIST;
    }

    long parameterCount() {
        return loaded.network().parameterCount();
    }

    /** Test accuracy stored in the file, NaN when it has none. */
    double testAccuracy() {
        return loaded.file().test() == null ? Double.NaN : loaded.file().test().accuracy();
    }
}
