package io.github.dlplayground.app.lesson.drawing;

import java.nio.file.Path;

/** A model the lesson can use: the default digit model, its fine-tuned copy, or a model file. */
sealed interface ModelChoice {
    /** The default digit CNN, trained on first use. */
    record DefaultDigits() implements ModelChoice {
    }

    /** The digit model fine-tuned on the user's drawings. */
    record PersonalDigits(Path file) implements ModelChoice {
    }

    /** A model file the user chose (e.g. a Fashion-MNIST model saved in the studio). */
    record FileModel(Path file) implements ModelChoice {
    }
}
