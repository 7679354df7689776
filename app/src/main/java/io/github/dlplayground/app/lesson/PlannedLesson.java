package io.github.dlplayground.app.lesson;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The honest view of a lesson whose content has not been built yet: its title and a plain sentence
 * saying what the lesson will hold (key "shell.planned.ID").
 */
public final class PlannedLesson implements Lesson {
    private final VBox view;

    public PlannedLesson(LessonContext context, String id) {
        var title = new Label();
        title.textProperty().bind(context.i18n().bind("shell.lesson." + id));
        title.getStyleClass().add("title-2");
        var text = new Label();
        text.textProperty().bind(context.i18n().bind("shell.planned." + id));
        text.setWrapText(true);
        view = new VBox(16, title, text);
        view.setPadding(new Insets(24));
        view.getStyleClass().add("planned-lesson");
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void dispose() {
        // nothing runs in a planned lesson
    }
}
