package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The Export menu's file and folder choosers and its messages, behind an interface so tests can answer. FX thread. */
interface ExportDialogs {
    /** Asks where to write a file of {@code kind}; {@code folder} (may be null) is where to start. */
    Optional<Path> chooseFile(ExportActions.Kind kind, String suggested, Path folder);

    /** Asks for the folder of the PNG images. */
    Optional<Path> chooseFolder(Path folder);

    /** A short confirmation naming what was written. */
    void done(String message);

    /** One sentence saying what went wrong. */
    void error(String title, String message);

    /** The real dialogs, owned by the window of {@code owner}. */
    static ExportDialogs fx(I18n i18n, Node owner) {
        return new ExportDialogs() {
            @Override
            public Optional<Path> chooseFile(ExportActions.Kind kind, String suggested, Path folder) {
                var chooser = new FileChooser();
                String key = kind.key();
                chooser.setTitle(i18n.get("export.chooser." + key));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("export.filter." + key),
                        "*" + kind.extension()));
                chooser.setInitialFileName(suggested);
                if (folder != null && Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                return Optional.ofNullable(chooser.showSaveDialog(window())).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseFolder(Path folder) {
                var chooser = new DirectoryChooser();
                chooser.setTitle(i18n.get("export.chooser.png"));
                if (folder != null && Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                return Optional.ofNullable(chooser.showDialog(window())).map(File::toPath);
            }

            @Override
            public void done(String message) {
                show(Alert.AlertType.INFORMATION, i18n.get("export.done.title"), message);
            }

            @Override
            public void error(String title, String message) {
                show(Alert.AlertType.ERROR, title, message);
            }

            private void show(Alert.AlertType type, String title, String message) {
                var alert = new Alert(type);
                alert.initOwner(window());
                alert.setTitle(title);
                alert.setHeaderText(null);
                alert.setContentText(message);
                alert.show();
            }

            private Window window() {
                return owner.getScene() == null ? null : owner.getScene().getWindow();
            }
        };
    }
}
