package io.github.dlplayground.app.lesson.convolution;

import io.github.dlplayground.app.lesson.Lesson;
import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.convolution.ConvSettings;
import io.github.dlplayground.visuals.convolution.ConvolutionAnimator;
import io.github.dlplayground.visuals.convolution.ConvolutionModel;
import io.github.dlplayground.visuals.convolution.ConvolutionView;
import io.github.dlplayground.visuals.convolution.Fills;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lesson 6: the convolution and pooling animator. Settings, fills and export on the left; the grids, playback
 * and the written-out sums in the middle. Arrow keys (and a presenter's Page Up / Page Down) step through the
 * animation. Every output number is computed by the engine's Conv2d / MaxPool2d / AvgPool2d. FX thread only.
 */
public final class ConvolutionLesson implements Lesson {
    private final LessonContext context;
    private final ConvolutionModel model = new ConvolutionModel(ConvSettings.bookExample());
    private final ConvolutionView view;
    private final ConvolutionAnimator animator;
    private final ShapeControls shape;
    private final FillControls fills;
    private final PlaybackBar playback;
    private final ExplanationPane explanation;
    private final ExportControls export;
    private final BorderPane root = new BorderPane();
    private final InvalidationListener onTheme = o -> applyTheme();
    private final InvalidationListener onPresenter = o -> applyPresenter();
    private final LocaleWatch locale;
    private final ToggleButton sidebarToggle;

    public ConvolutionLesson(LessonContext context) {
        this.context = context;
        I18n i18n = context.i18n();
        locale = new LocaleWatch(i18n);
        Fills.bookExample(model);
        view = new ConvolutionView(model, i18n::get);
        view.setId("conv-view");
        view.setFocusTraversable(true);
        view.setOnMousePressed(e -> view.requestFocus());
        focusWhenShown(view);
        animator = new ConvolutionAnimator(model, view);
        shape = new ShapeControls(model, locale);
        explanation = new ExplanationPane(model, locale);
        fills = new FillControls(model, locale, explanation.pictureNoteProperty());
        export = new ExportControls(model, animator, i18n, view.paletteProperty());
        var sidebar = sidebar();
        var toggle = new ToggleButton();
        toggle.setGraphic(new FontIcon("mdi2p-page-layout-sidebar-left"));
        toggle.getStyleClass().add(atlantafx.base.theme.Styles.BUTTON_ICON);
        toggle.setTooltip(Widgets.tooltip(i18n, "convolution.sidebar.tooltip"));
        toggle.setSelected(!context.presenterMode().get());
        toggle.selectedProperty().addListener((o, was, now) -> root.setLeft(now ? sidebar : null));
        sidebarToggle = toggle;
        playback = new PlaybackBar(model, animator, locale, toggle);
        var intro = Widgets.text(i18n, "convolution.intro");
        intro.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        VBox.setVgrow(view, Priority.ALWAYS);
        view.setMinSize(200, 160);
        var center = new VBox(8, intro, playback.node(), view, explanation.node());
        center.setPadding(new Insets(16));
        root.setCenter(center);
        root.setLeft(toggle.isSelected() ? sidebar : null);
        root.getStyleClass().add("convolution-lesson");
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        context.darkTheme().addListener(onTheme);
        context.presenterMode().addListener(onPresenter);
        locale.onChange(view::markDirty);
        applyTheme();
        applyPresenter();
    }

    /** Arrow keys step as soon as the lesson opens: the grids take the focus once they are in a window. */
    private static void focusWhenShown(Node node) {
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene before, javafx.scene.Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(node::requestFocus);
                }
            }
        });
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void dispose() {
        export.cancel();
        animator.dispose();
        view.dispose();
        shape.dispose();
        playback.dispose();
        explanation.dispose();
        context.darkTheme().removeListener(onTheme);
        context.presenterMode().removeListener(onPresenter);
        locale.dispose();
    }

    ConvolutionModel model() {
        return model;
    }

    ConvolutionView convolutionView() {
        return view;
    }

    ConvolutionAnimator animator() {
        return animator;
    }

    ExplanationPane explanation() {
        return explanation;
    }

    ShapeControls shapeControls() {
        return shape;
    }

    FillControls fillControls() {
        return fills;
    }

    ExportControls exportControls() {
        return export;
    }

    private ScrollPane sidebar() {
        var box = new VBox(16, shape.node(), new Separator(), fills.node(), new Separator(), export.node());
        box.setPadding(new Insets(16));
        box.setPrefWidth(300);
        var scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(300);
        scroll.setPrefWidth(316);
        return scroll;
    }

    private void keyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN -> playback.stepForward();
            case LEFT, PAGE_UP -> playback.stepBack();
            case HOME -> {
                animator.pause();
                model.setStep(0);
            }
            case END -> {
                animator.pause();
                model.setStep(model.stepCount());
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void applyTheme() {
        view.paletteProperty().set(Palette.of(context.darkTheme().get()));
    }

    private void applyPresenter() {
        boolean presenter = context.presenterMode().get();
        // a presenter wants the grids large: the settings fold away (the toggle brings them back)
        sidebarToggle.setSelected(!presenter);
        view.scaleProperty().set(presenter ? 1.5 : 1.0);
        explanation.node().setStyle(presenter ? "-fx-font-size: 22px;" : "-fx-font-size: 15px;");
    }
}
