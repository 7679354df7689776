package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.Readiness;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lesson 4, activations, over-fitting and dropout, in three tabs: the activation explorer (functions,
 * derivatives, vanishing gradients through stacked layers), polynomial fitting with the engine (under- and
 * over-fitting, training-set size, weight decay), and an animation of the engine's dropout.
 */
public final class ActivationsLesson implements Lesson, Readiness {
    private final ActivationExplorerPane explorer;
    private final FittingPane fitting;
    private final DropoutPane dropout;
    private final TabPane tabs = new TabPane();
    private final BooleanBinding dropoutShowing;

    public ActivationsLesson(LessonContext context) {
        var i18n = context.i18n();
        explorer = new ActivationExplorerPane(context);
        fitting = new FittingPane(context);
        Tab explorerTab = tab(i18n.bind("activations.tab.functions"), "mdi2f-function-variant", explorer.view());
        Tab fittingTab = tab(i18n.bind("activations.tab.fitting"), "mdi2c-chart-bell-curve-cumulative", fitting.view());
        ObservableValue<Boolean> windowShowing = tabs.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        var dropoutTab = new Tab();
        dropoutShowing = Bindings.createBooleanBinding(
                () -> dropoutTab.isSelected() && Boolean.TRUE.equals(windowShowing.getValue()),
                dropoutTab.selectedProperty(), windowShowing);
        dropout = new DropoutPane(context, dropoutShowing);
        dropoutTab.textProperty().bind(i18n.bind("activations.tab.dropout"));
        dropoutTab.setGraphic(new FontIcon("mdi2d-dots-grid"));
        dropoutTab.setContent(dropout.view());
        tabs.getTabs().addAll(explorerTab, fittingTab, dropoutTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("activations-lesson");
    }

    private static Tab tab(javafx.beans.binding.StringBinding title, String icon, Node content) {
        var tab = new Tab();
        tab.textProperty().bind(title);
        tab.setGraphic(new FontIcon(icon));
        tab.setContent(content);
        return tab;
    }

    @Override
    public Node view() {
        return tabs;
    }

    /** Ready once the first polynomial fit has finished (the screenshot command waits for it). */
    @Override
    public javafx.beans.value.ObservableBooleanValue readyProperty() {
        return fitting.finishedProperty();
    }

    @Override
    public void dispose() {
        dropout.dispose();
        fitting.dispose();
    }

    ActivationExplorerPane explorer() {
        return explorer;
    }

    FittingPane fitting() {
        return fitting;
    }

    DropoutPane dropout() {
        return dropout;
    }

    TabPane tabs() {
        return tabs;
    }
}
