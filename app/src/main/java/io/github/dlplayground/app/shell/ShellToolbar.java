package io.github.dlplayground.app.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar at the top: the app's name, the language switch (English / 简体中文), light/dark theme,
 * presenter mode, full screen, settings, and the Help menu (keyboard shortcuts, About). The switches are
 * bound to {@link AppSettings}; the rest call the given actions. FX thread only.
 */
public final class ShellToolbar {
    /** What the buttons that open windows or change the stage do. */
    public record Actions(Runnable fullScreen, Runnable settings, Runnable shortcuts, Runnable about) {
    }

    private final HBox root;
    private final ComboBox<String> language = new ComboBox<>();
    private final ToggleButton theme = new ToggleButton();
    private final ToggleButton presenter = new ToggleButton();

    public ShellToolbar(I18n i18n, AppSettings settings, Actions actions) {
        var title = new Label();
        title.textProperty().bind(i18n.bind("shell.app.title"));
        title.getStyleClass().addAll("title-4", "app-title");
        title.setGraphic(new FontIcon("mdi2s-school-outline"));
        title.setMinWidth(Region.USE_PREF_SIZE);

        language.getItems().setAll("en", "zh");
        language.setCellFactory(list -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.valueProperty().bindBidirectional(settings.languageProperty());
        language.setId("language");
        Ui.withTooltip(language, i18n, "shell.toolbar.language.tooltip");

        Ui.decorate(theme, i18n, "mdi2w-weather-night", null, "shell.toolbar.theme.tooltip");
        theme.selectedProperty().bindBidirectional(settings.darkProperty());
        theme.selectedProperty().addListener((obs, old, dark) -> updateThemeIcon(dark));
        updateThemeIcon(theme.isSelected());
        theme.setId("theme");

        Ui.decorate(presenter, i18n, "mdi2p-presentation", "shell.toolbar.presenter",
                "shell.toolbar.presenter.tooltip");
        presenter.selectedProperty().bindBidirectional(settings.presenterProperty());
        presenter.setId("presenter");

        var fullScreen = Ui.decorate(new Button(), i18n, "mdi2f-fullscreen", null, "shell.toolbar.fullscreen.tooltip");
        fullScreen.setOnAction(e -> actions.fullScreen().run());
        fullScreen.setId("fullscreen");
        var settingsButton = Ui.decorate(new Button(), i18n, "mdi2c-cog-outline", null,
                "shell.toolbar.settings.tooltip");
        settingsButton.setOnAction(e -> actions.settings().run());
        settingsButton.setId("settings");

        var help = Ui.decorate(new MenuButton(), i18n, "mdi2h-help-circle-outline", "shell.toolbar.help",
                "shell.toolbar.help.tooltip");
        help.setId("help");
        help.getItems().addAll(
                menuItem(i18n, "mdi2k-keyboard-outline", "shell.help.shortcuts", actions.shortcuts()),
                menuItem(i18n, "mdi2i-information-outline", "shell.help.about", actions.about()));

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(8, title, spacer, new FontIcon("mdi2t-translate"), language, theme, presenter,
                new Separator(Orientation.VERTICAL), fullScreen, settingsButton, help);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(8, 16, 8, 16));
        root.getStyleClass().add("shell-toolbar");
    }

    public Node node() {
        return root;
    }

    private void updateThemeIcon(boolean dark) {
        ((FontIcon) theme.getGraphic()).setIconLiteral(dark ? "mdi2w-white-balance-sunny" : "mdi2w-weather-night");
    }

    private static MenuItem menuItem(I18n i18n, String icon, String key, Runnable action) {
        var item = new MenuItem();
        item.textProperty().bind(i18n.bind(key));
        item.setGraphic(new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Shows each language in its own words; the Chinese name is set in the bundled Chinese font. */
    private static final class LanguageCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("cjk");
            if (empty || item == null) {
                setText(null);
            } else if ("zh".equals(item)) {
                setText("简体中文");
                getStyleClass().add("cjk");
            } else {
                setText("English");
            }
        }
    }
}
