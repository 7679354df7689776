package io.github.dlplayground.app.shell;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.LessonInfo;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.BiFunction;

/**
 * The right-hand part of the window: a heading with the open lesson's number and title, the lesson's
 * view, and a side slot for the explanation panel of that lesson (filled by the factory given to
 * {@link #setExplanationFactory}; absent without one). The panel starts open in windows at least
 * {@value #WIDE_WINDOW} px wide and closed in narrower ones until the user toggles it; it keeps its width
 * ({@value #EXPLANATION_WIDTH} px at first) when the window is resized. Opening a lesson disposes the previous one.
 * FX thread only.
 */
public final class LessonArea {
    static final double WIDE_WINDOW = 1500;
    static final double EXPLANATION_WIDTH = 340;
    private final LessonContext context;
    private final BorderPane root = new BorderPane();
    private final Label heading = new Label();
    private final ToggleButton explanationToggle = new ToggleButton();
    private final StackPane lessonHolder = new StackPane();
    private final StackPane explanationHolder = new StackPane();
    private final SplitPane split = new SplitPane(lessonHolder);
    private final ReadOnlyObjectWrapper<LessonInfo> open = new ReadOnlyObjectWrapper<>(this, "open");
    private BiFunction<LessonContext, String, ? extends Node> explanationFactory;
    private Lesson lesson;
    private boolean explanationChosen;

    public LessonArea(LessonContext context) {
        this.context = context;
        var i18n = context.i18n();
        heading.getStyleClass().addAll("title-3", "lesson-heading");
        heading.setId("lesson-heading");
        heading.setMinWidth(0);
        Ui.decorate(explanationToggle, i18n, "mdi2b-book-open-page-variant-outline", "shell.explanation.toggle",
                "shell.explanation.tooltip");
        explanationToggle.setSelected(true);
        explanationToggle.setVisible(false);
        explanationToggle.managedProperty().bind(explanationToggle.visibleProperty());
        explanationToggle.selectedProperty().addListener((obs, old, on) -> layoutExplanation());
        explanationToggle.setOnAction(e -> explanationChosen = true);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(8, heading, spacer, explanationToggle);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 16, 8, 16));
        top.getStyleClass().add("lesson-header");
        lessonHolder.getStyleClass().add("lesson-content");
        explanationHolder.getStyleClass().add("explanation-slot");
        explanationHolder.setMinWidth(0);
        split.getStyleClass().add("lesson-split");
        root.setTop(top);
        root.setCenter(split);
        root.getStyleClass().add("lesson-area");
    }

    public Node node() {
        return root;
    }

    /**
     * Sets how the explanation panel of a lesson is made: {@code factory.apply(context, lessonId)} is called
     * each time a lesson opens, and its node fills the side slot. Null removes the slot.
     */
    public void setExplanationFactory(BiFunction<LessonContext, String, ? extends Node> factory) {
        explanationFactory = factory;
        explanationToggle.setVisible(factory != null);
        fillExplanation();
    }

    /** Shows or hides the explanation slot (when there is a panel to show). */
    public void setExplanationVisible(boolean visible) {
        explanationChosen = true;
        explanationToggle.setSelected(visible);
    }

    public boolean isExplanationVisible() {
        return explanationToggle.isSelected() && split.getItems().contains(explanationHolder);
    }

    /** The node in the explanation slot, or null. */
    public Node explanation() {
        return explanationHolder.getChildren().isEmpty() ? null : explanationHolder.getChildren().get(0);
    }

    /** Disposes the open lesson and opens this one. */
    public void open(LessonInfo info) {
        close();
        heading.textProperty().bind(Ui.lessonHeading(context.i18n(), info.number(), info.titleKey()));
        try {
            lesson = info.factory().apply(context);
            lessonHolder.getChildren().setAll(lesson.view());
        } catch (RuntimeException e) {
            lesson = null;
            System.err.println("error: lesson " + info.id() + " could not be opened: " + e);
            lessonHolder.getChildren().setAll(failure(info, e));
        }
        open.set(info);
        if (!explanationChosen) {
            explanationToggle.setSelected(wideEnoughForExplanation());
        }
        fillExplanation();
    }

    /** Disposes the open lesson, if any. */
    public void close() {
        if (lesson != null) {
            Lesson leaving = lesson;
            lesson = null;
            leaving.dispose();
        }
        lessonHolder.getChildren().clear();
        explanationHolder.getChildren().clear();
        open.set(null);
    }

    public ReadOnlyObjectProperty<LessonInfo> openLessonProperty() {
        return open.getReadOnlyProperty();
    }

    /** The lesson now open, or null. */
    public Lesson lesson() {
        return lesson;
    }

    public String headingText() {
        return heading.getText();
    }

    public ToggleButton explanationToggle() {
        return explanationToggle;
    }

    private void fillExplanation() {
        explanationHolder.getChildren().clear();
        LessonInfo info = open.get();
        if (explanationFactory != null && info != null) {
            Node panel = explanationFactory.apply(context, info.id());
            if (panel != null) {
                explanationHolder.getChildren().setAll(panel);
            }
        }
        layoutExplanation();
    }

    private void layoutExplanation() {
        boolean show = explanationToggle.isSelected() && !explanationHolder.getChildren().isEmpty();
        if (show && !split.getItems().contains(explanationHolder)) {
            split.getItems().add(explanationHolder);
            SplitPane.setResizableWithParent(explanationHolder, false);
            double width = split.getWidth() > 0 ? split.getWidth() : WIDE_WINDOW;
            split.setDividerPositions(Math.max(0.5, 1 - EXPLANATION_WIDTH / width));
        } else if (!show) {
            split.getItems().remove(explanationHolder);
        }
    }

    /** Until the user chooses, the panel starts open only where the lesson keeps room beside it. */
    private boolean wideEnoughForExplanation() {
        Scene scene = root.getScene();
        return scene == null || scene.getWidth() >= WIDE_WINDOW;
    }

    private Node failure(LessonInfo info, RuntimeException e) {
        var i18n = context.i18n();
        var title = new Label(i18n.get("shell.lesson.failed", i18n.get(info.titleKey())));
        title.getStyleClass().add("title-4");
        var detail = new Label(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        detail.setWrapText(true);
        var box = new VBox(8, title, detail);
        box.setPadding(new Insets(16));
        box.getStyleClass().add("lesson-failure");
        return box;
    }
}
