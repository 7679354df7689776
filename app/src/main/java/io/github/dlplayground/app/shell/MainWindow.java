package io.github.dlplayground.app.shell;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.LessonInfo;
import io.github.dlplayground.app.lesson.LessonRegistry;
import io.github.dlplayground.app.lesson.environment.DataSourceProbe;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The main window: toolbar on top, lessons on the left, the open lesson (with its explanation slot) in the
 * middle, the status line at the bottom. It keeps the language, theme and presenter mode in step with
 * {@link AppSettings} and fills the status line with the backend and data source in use. FX thread only.
 */
public final class MainWindow {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final AppSettings settings;
    private final I18n i18n;
    private final LessonContext context;
    private final BorderPane root = new BorderPane();
    private final LessonNavigation navigation;
    private final LessonArea lessonArea;
    private final StatusLine statusLine;
    private final Shortcuts shortcuts = new Shortcuts();
    private final EnvironmentStatus environmentStatus;
    private Stage stage;

    public MainWindow(AppSettings settings) {
        this.settings = settings;
        this.i18n = new I18n(locale(settings.language()));
        settings.languageProperty().addListener((obs, old, lang) -> i18n.localeProperty().set(locale(lang)));
        this.context = new LessonContext(i18n, settings.presenterProperty(), settings.darkProperty(), settings);
        Theme.applyUserAgent(settings.dark());
        settings.darkProperty().addListener((obs, old, dark) -> Theme.applyUserAgent(dark));

        statusLine = new StatusLine(i18n);
        lessonArea = new LessonArea(context);
        navigation = new LessonNavigation(i18n, LessonRegistry.lessons(), this::openLesson);
        var toolbar = new ShellToolbar(i18n, settings, new ShellToolbar.Actions(
                this::toggleFullScreen, this::showSettings, this::showShortcuts, this::showAbout));
        environmentStatus = new EnvironmentStatus(settings, i18n, statusLine, DataSourceProbe.standard());
        defineShortcuts();

        root.setTop(toolbar.node());
        root.setLeft(navigation.node());
        root.setCenter(lessonArea.node());
        root.setBottom(statusLine.node());
        root.getStyleClass().add("main-window");
        Theme.follow(root, settings);
    }

    /** A scene of the given size holding the window, with the shortcuts installed. */
    public Scene createScene(double width, double height) {
        var scene = new Scene(root, width, height);
        shortcuts.install(scene);
        return scene;
    }

    /** Puts the window on the stage, titles it, and disposes the open lesson when the stage closes. */
    public void show(Stage stage) {
        this.stage = stage;
        stage.setScene(createScene(WIDTH, HEIGHT));
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, i18n.localeProperty(),
                lessonArea.openLessonProperty()));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setFullScreenExitHint(i18n.get("shell.fullscreen.hint"));
        stage.setOnHidden(e -> dispose());
        stage.show();
    }

    /** Opens a lesson (disposing the one that was open) and marks it in the navigation. */
    public void openLesson(LessonInfo info) {
        lessonArea.open(info);
        navigation.select(info);
    }

    /** Starts looking up the backend and data source for the status line (off the FX thread). */
    public void startStatusUpdates() {
        environmentStatus.start();
    }

    /**
     * Sets how each lesson's explanation panel is made, e.g. {@code setExplanationFactory(ExplanationPanel::new)};
     * the panel of the open lesson fills the slot to the right of the lesson.
     */
    public void setExplanationFactory(BiFunction<LessonContext, String, ? extends Node> factory) {
        lessonArea.setExplanationFactory(factory);
    }

    /** The status line; {@code statusLine().showMessage(text)} shows a message at the bottom. */
    public StatusLine statusLine() {
        return statusLine;
    }

    public LessonArea lessonArea() {
        return lessonArea;
    }

    public LessonNavigation navigation() {
        return navigation;
    }

    public LessonContext context() {
        return context;
    }

    public I18n i18n() {
        return i18n;
    }

    public AppSettings settings() {
        return settings;
    }

    public BorderPane root() {
        return root;
    }

    public Shortcuts shortcuts() {
        return shortcuts;
    }

    /** True once the status line has its backend and data source. */
    public javafx.beans.value.ObservableBooleanValue statusReadyProperty() {
        return environmentStatus.readyProperty();
    }

    /** Disposes the open lesson and stops status updates. */
    public void dispose() {
        lessonArea.close();
        environmentStatus.stop();
    }

    private void defineShortcuts() {
        var lessonKeys = new ArrayList<String>();
        var lessonActions = new ArrayList<Runnable>();
        for (LessonInfo info : LessonRegistry.lessons()) {
            lessonKeys.add("Shortcut+" + info.number());
            lessonActions.add(() -> openLesson(info));
        }
        int last = LessonRegistry.lessons().size();
        shortcuts.addGroup(lessonKeys, lessonActions, lessonKeys.get(0).replace("Shortcut", shortcutName())
                + " … " + last, "shell.shortcut.lesson")
                .add("F11", "shell.shortcut.fullscreen", this::toggleFullScreen)
                .add("Shortcut+L", "shell.shortcut.language", this::toggleLanguage)
                .add("Shortcut+T", "shell.shortcut.theme", () -> settings.darkProperty().set(!settings.dark()))
                .add("F5", "shell.shortcut.presenter", () -> settings.presenterProperty().set(!settings.presenter()))
                .add("Shortcut+E", "shell.shortcut.explanation",
                        () -> lessonArea.setExplanationVisible(!lessonArea.explanationToggle().isSelected()),
                        () -> lessonArea.explanationToggle().isVisible())
                .add("Shortcut+Comma", "shell.shortcut.settings", this::showSettings)
                .add("F1", "shell.shortcut.help", this::showShortcuts)
                .add("Shortcut+Q", "shell.shortcut.quit", this::quit);
    }

    private static String shortcutName() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac") ? "⌘" : "Ctrl";
    }

    private String title() {
        LessonInfo open = lessonArea.openLessonProperty().get();
        String app = i18n.get("shell.app.title");
        return open == null ? app : app + " — " + i18n.get(open.titleKey());
    }

    private void toggleLanguage() {
        settings.languageProperty().set("zh".equals(settings.language()) ? "en" : "zh");
    }

    private void toggleFullScreen() {
        if (stage != null) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    private void showSettings() {
        new SettingsDialog(i18n, settings, environmentStatus.availableBackends()).dialog(window()).show();
    }

    private void showShortcuts() {
        new HelpDialogs(i18n, settings).shortcuts(window(), shortcuts).show();
    }

    private void showAbout() {
        new HelpDialogs(i18n, settings).about(window()).show();
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void quit() {
        if (stage != null) {
            stage.close();
        }
        Platform.exit();
    }

    static Locale locale(String language) {
        return "zh".equals(language) ? I18n.CHINESE : I18n.ENGLISH;
    }

    /** The lessons in order (for the screenshot command and tests). */
    public static List<LessonInfo> lessons() {
        return LessonRegistry.lessons();
    }
}
