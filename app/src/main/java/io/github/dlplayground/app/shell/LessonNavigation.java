package io.github.dlplayground.app.shell;

import io.github.dlplayground.app.lesson.LessonInfo;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The list of lessons on the left, in the course's order, each with its number and translated title.
 * Choosing one calls the listener; {@link #select(LessonInfo)} marks the open lesson. FX thread only.
 */
public final class LessonNavigation {
    private final VBox list = new VBox(4);
    private final ScrollPane root = new ScrollPane(list);
    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final List<LessonInfo> lessons;

    public LessonNavigation(I18n i18n, List<LessonInfo> lessons, Consumer<LessonInfo> onOpen) {
        this.lessons = List.copyOf(lessons);
        var caption = new Label();
        caption.textProperty().bind(i18n.bind("shell.nav.caption"));
        caption.getStyleClass().addAll("nav-caption", "text-small");
        list.getChildren().add(caption);
        for (LessonInfo info : this.lessons) {
            var number = new Label(String.valueOf(info.number()));
            number.getStyleClass().add("nav-number");
            number.setMinWidth(Label.USE_PREF_SIZE);
            var button = new ToggleButton();
            button.textProperty().bind(i18n.bind(info.titleKey()));
            button.setGraphic(number);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setWrapText(true);
            button.setId("nav-" + info.id());
            button.getStyleClass().add("nav-item");
            button.setTooltip(Ui.tooltip(i18n, "shell.nav.tooltip", info.number()));
            button.accessibleTextProperty().bind(Bindings.concat(info.number() + " ", button.textProperty()));
            button.setOnAction(e -> {
                button.setSelected(true);
                onOpen.accept(info);
            });
            buttons.add(button);
            list.getChildren().add(button);
        }
        list.setPadding(new Insets(8));
        list.getStyleClass().add("nav-list");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("lesson-navigation");
    }

    public Node node() {
        return root;
    }

    /** Marks the lesson as the open one (without calling the listener). */
    public void select(LessonInfo info) {
        int index = lessons.indexOf(info);
        if (index >= 0) {
            buttons.get(index).setSelected(true);
        }
    }

    /** The button of a lesson, for tests and keyboard focus. */
    public ToggleButton button(LessonInfo info) {
        return buttons.get(lessons.indexOf(info));
    }
}
