package io.github.dlplayground.app.shell;

import io.github.dlplayground.app.cli.VersionProvider;
import io.github.dlplayground.app.lesson.environment.EnvironmentReport;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Help menu's dialogs: the keyboard shortcuts and About. FX thread only. */
public final class HelpDialogs {
    private final I18n i18n;
    private final AppSettings settings;

    public HelpDialogs(I18n i18n, AppSettings settings) {
        this.i18n = i18n;
        this.settings = settings;
    }

    /** A dialog listing every shortcut of the window. */
    public Dialog<ButtonType> shortcuts(Window owner, Shortcuts shortcuts) {
        var grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        int row = 0;
        for (var entry : shortcuts.visible()) {
            var keys = new Label(entry.keysText());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(row++, keys, new Label(i18n.get(entry.descriptionKey())));
        }
        grid.setId("shortcut-list");
        return dialog(owner, i18n.get("shell.help.shortcuts"), "mdi2k-keyboard-outline", grid);
    }

    /** A dialog with the app's name, version, runtime and the credits for bundled parts. */
    public Dialog<ButtonType> about(Window owner) {
        var name = new Label(i18n.get("shell.about.name"));
        name.getStyleClass().add("title-3");
        var version = new Label(i18n.get("shell.about.version", VersionProvider.version(),
                System.getProperty("java.version"), EnvironmentReport.readJavafxVersion()));
        var text = new Label(i18n.get("shell.about.text"));
        text.setWrapText(true);
        var credits = new Label(i18n.get("shell.about.credits"));
        credits.setWrapText(true);
        credits.getStyleClass().add("text-muted");
        var box = new VBox(8, name, version, text, credits);
        box.setPrefWidth(480);
        box.setId("about");
        return dialog(owner, i18n.get("shell.help.about"), "mdi2i-information-outline", box);
    }

    private Dialog<ButtonType> dialog(Window owner, String title, String icon, javafx.scene.Node content) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setGraphic(new FontIcon(icon));
        var pane = dialog.getDialogPane();
        pane.setContent(content);
        pane.setPadding(new Insets(8));
        pane.getButtonTypes().setAll(new ButtonType(i18n.get("shell.dialog.close"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        Theme.applyOnce(pane, settings);
        return dialog;
    }
}
