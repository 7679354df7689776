package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The studio's file choosers and error dialogs, behind an interface so tests can answer them. FX thread only.
 */
interface StudioDialogs {
    /** Asks for a file to open; {@code kind} is "network" or "model". */
    Optional<Path> chooseOpen(String kind);

    /** Asks where to save; {@code suggested} is a file name. */
    Optional<Path> chooseSave(String kind, String suggested);

    /** Shows one sentence saying what went wrong. */
    void error(String title, String message);

    /** The real dialogs, owned by the window of {@code owner}. */
    static StudioDialogs fx(I18n i18n, Node owner) {
        return new StudioDialogs() {
            @Override
            public Optional<Path> chooseOpen(String kind) {
                File f = chooser(kind).showOpenDialog(window());
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseSave(String kind, String suggested) {
                FileChooser c = chooser(kind);
                c.setInitialFileName(suggested);
                File f = c.showSaveDialog(window());
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public void error(String title, String message) {
                var alert = new Alert(Alert.AlertType.ERROR);
                alert.initOwner(window());
                alert.setTitle(title);
                alert.setHeaderText(title);
                alert.setContentText(message);
                alert.show();
            }

            private FileChooser chooser(String kind) {
                var c = new FileChooser();
                c.setTitle(i18n.get("studio.file." + kind + ".title"));
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("studio.file." + kind + ".filter"),
                        "*.json"));
                return c;
            }

            private Window window() {
                return owner.getScene() == null ? null : owner.getScene().getWindow();
            }
        };
    }
}
