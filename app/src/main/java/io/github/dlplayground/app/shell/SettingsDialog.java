package io.github.dlplayground.app.shell;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings that have no switch on the toolbar: the matrix backend ("auto" = the engine's default, or
 * one that is available here) and the folder with the user's Fashion-MNIST / MNIST files. OK applies
 * them to {@link AppSettings}; a folder that does not exist is refused with a message. FX thread only.
 */
public final class SettingsDialog {
    private final I18n i18n;
    private final AppSettings settings;
    private final ComboBox<String> backend = new ComboBox<>();
    private final TextField folder = new TextField();
    private final Label error = new Label();

    /** @param backends names of the backends that can be chosen here (without "auto") */
    public SettingsDialog(I18n i18n, AppSettings settings, List<String> backends) {
        this.i18n = i18n;
        this.settings = settings;
        var choices = new ArrayList<String>();
        choices.add(SettingsData.AUTO_BACKEND);
        choices.addAll(backends);
        if (!choices.contains(settings.backend())) {
            choices.add(settings.backend());
        }
        backend.getItems().setAll(choices);
        backend.setValue(settings.backend());
        backend.setCellFactory(list -> new BackendCell());
        backend.setButtonCell(new BackendCell());
        backend.setId("settings-backend");
        Ui.withTooltip(backend, i18n, "shell.settings.backend.tooltip");
        folder.setText(settings.dataFolder() == null ? "" : settings.dataFolder().toString());
        folder.setPromptText(i18n.get("shell.settings.folder.prompt"));
        folder.setId("settings-folder");
        Ui.withTooltip(folder, i18n, "shell.settings.folder.tooltip");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setId("settings-error");
    }

    /** Builds the dialog; the caller shows it. */
    public Dialog<ButtonType> dialog(Window owner) {
        var browse = Ui.decorate(new Button(), i18n, "mdi2f-folder-open-outline", "shell.settings.browse",
                "shell.settings.browse.tooltip");
        browse.setOnAction(e -> browse(owner));
        var clear = Ui.decorate(new Button(), i18n, "mdi2c-close", null, "shell.settings.clear.tooltip");
        clear.setOnAction(e -> folder.clear());
        HBox.setHgrow(folder, Priority.ALWAYS);
        var folderRow = new HBox(8, folder, browse, clear);

        var grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.addRow(0, fieldLabel("shell.settings.backend"), backend);
        grid.addRow(1, fieldLabel("shell.settings.folder"), folderRow);
        var hint = new Label(i18n.get("shell.settings.folder.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        grid.add(hint, 1, 2);
        grid.add(error, 1, 3);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);
        grid.setPrefWidth(640);

        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("shell.settings.title"));
        dialog.setHeaderText(i18n.get("shell.settings.title"));
        dialog.setGraphic(new FontIcon("mdi2c-cog-outline"));
        var pane = dialog.getDialogPane();
        pane.setContent(grid);
        pane.setPadding(new Insets(8));
        var ok = new ButtonType(i18n.get("shell.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(i18n.get("shell.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(ok, cancel);
        pane.lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            if (!apply()) {
                event.consume();
            }
        });
        Theme.applyOnce(pane, settings);
        return dialog;
    }

    /** Checks the fields and, if they are valid, stores them in the settings; false keeps the dialog open. */
    boolean apply() {
        String text = folder.getText() == null ? "" : folder.getText().trim();
        Path path = null;
        if (!text.isEmpty()) {
            try {
                path = Path.of(text);
            } catch (InvalidPathException e) {
                error.setText(i18n.get("shell.settings.folder.invalid", text));
                return false;
            }
            if (!Files.isDirectory(path)) {
                error.setText(i18n.get("shell.settings.folder.missing", text));
                return false;
            }
        }
        error.setText("");
        settings.backendProperty().set(backend.getValue());
        settings.dataFolderProperty().set(path);
        return true;
    }

    private Label fieldLabel(String key) {
        var label = new Label(i18n.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    ComboBox<String> backendChoice() {
        return backend;
    }

    TextField folderField() {
        return folder;
    }

    String errorText() {
        return error.getText();
    }

    private void browse(Window owner) {
        var chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("shell.settings.folder"));
        var chosen = chooser.showDialog(owner);
        if (chosen != null) {
            folder.setText(chosen.getAbsolutePath());
        }
    }

    private final class BackendCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : SettingsData.AUTO_BACKEND.equals(item) ? i18n.get("shell.settings.backend.auto") : item);
        }
    }
}
