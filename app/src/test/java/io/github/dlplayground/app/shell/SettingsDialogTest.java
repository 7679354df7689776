package io.github.dlplayground.app.shell;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {
    @TempDir
    Path folder;
    private AppSettings settings;
    private SettingsDialog dialog;

    @Start
    void start(Stage stage) {
        settings = AppSettings.defaults();
        dialog = new SettingsDialog(new I18n(I18n.ENGLISH), settings, List.of("openblas", "java"));
    }

    @Test
    void offersAutoAndTheAvailableBackends() {
        assertThat(dialog.backendChoice().getItems()).containsExactly("auto", "openblas", "java");
        assertThat(dialog.backendChoice().getValue()).isEqualTo("auto");
    }

    @Test
    void refusesAFolderThatDoesNotExistAndKeepsTheSettings() throws Exception {
        boolean applied = WaitForAsyncUtils.asyncFx(() -> {
            dialog.folderField().setText(folder.resolve("missing").toString());
            dialog.backendChoice().setValue("java");
            return dialog.apply();
        }).get();
        assertThat(applied).isFalse();
        assertThat(dialog.errorText()).contains("does not exist");
        assertThat(settings.dataFolder()).isNull();
        assertThat(settings.backend()).isEqualTo("auto");
    }

    @Test
    void appliesAnExistingFolderAndTheBackend() throws Exception {
        boolean applied = WaitForAsyncUtils.asyncFx(() -> {
            dialog.folderField().setText(folder.toString());
            dialog.backendChoice().setValue("java");
            return dialog.apply();
        }).get();
        assertThat(applied).isTrue();
        assertThat(settings.dataFolder()).isEqualTo(folder);
        assertThat(settings.backend()).isEqualTo("java");
        boolean cleared = WaitForAsyncUtils.asyncFx(() -> {
            dialog.folderField().setText("  ");
            return dialog.apply();
        }).get();
        assertThat(cleared).isTrue();
        assertThat(settings.dataFolder()).isNull();
    }
}
