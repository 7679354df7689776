package io.github.dlplayground.app.lesson;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts a lesson on a test's stage at the size the shell gives lessons in a 1280 × 800 window. FX thread. */
public final class LessonStage {
    private LessonStage() {
    }

    /** Shows the lesson's view at 1280 × 800 and returns the lesson. */
    public static <L extends Lesson> L show(Stage stage, L lesson) {
        return show(stage, lesson, 1280, 800);
    }

    public static <L extends Lesson> L show(Stage stage, L lesson, double width, double height) {
        stage.setScene(new Scene((Parent) lesson.view(), width, height));
        stage.show();
        return lesson;
    }
}
