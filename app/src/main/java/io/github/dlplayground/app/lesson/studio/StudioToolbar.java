package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.spec.Presets;
import io.github.dlplayground.visuals.network.EditKind;
import io.github.dlplayground.visuals.network.NetworkDesign;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The studio's toolbar: presets one click away, open and save network files, undo / redo / delete, save and open
 * trained models, and the Export menu (empty and hidden until export items are added to it). FX thread only.
 */
final class StudioToolbar extends ToolBar {
    private final I18n i18n;
    private final NetworkDesign design;
    private final MenuButton presets = new MenuButton();
    private final Button undo;
    private final Button redo;
    private final Button delete;
    private final MenuButton model = new MenuButton();
    private final MenuItem saveModel = new MenuItem();
    private final MenuButton export = new MenuButton();

    StudioToolbar(I18n i18n, NetworkDesign design, StudioFiles files, ObservableBooleanValue hasModel) {
        this.i18n = i18n;
        this.design = design;
        getStyleClass().add("studio-toolbar");
        presets.setGraphic(new FontIcon("mdi2l-layers-triple-outline"));
        presets.textProperty().bind(i18n.bind("studio.presets"));
        StudioUi.tip(presets, i18n, "studio.presets.tip");
        for (String name : Presets.NAMES) {
            var item = new MenuItem();
            item.textProperty().bind(i18n.bind("studio.preset." + name));
            item.setId("preset-" + name);
            item.setOnAction(e -> files.preset(name));
            presets.getItems().add(item);
        }
        Button open = StudioUi.button(i18n, "mdi2f-folder-open-outline", null, "studio.open.tip");
        open.setOnAction(e -> files.openNetwork());
        Button save = StudioUi.button(i18n, "mdi2c-content-save-outline", null, "studio.save.tip");
        save.setOnAction(e -> files.saveNetwork());
        undo = StudioUi.button(i18n, "mdi2u-undo", null, "studio.undo.tip");
        undo.setOnAction(e -> design.undo());
        redo = StudioUi.button(i18n, "mdi2r-redo", null, "studio.redo.tip");
        redo.setOnAction(e -> design.redo());
        delete = StudioUi.button(i18n, "mdi2d-delete-outline", null, "studio.delete.tip");
        delete.setOnAction(e -> {
            int s = design.selected();
            if (s >= 0) {
                design.delete(s);
            }
        });
        model.setGraphic(new FontIcon("mdi2c-cube-outline"));
        model.textProperty().bind(i18n.bind("studio.model"));
        StudioUi.tip(model, i18n, "studio.model.tip");
        saveModel.textProperty().bind(i18n.bind("studio.model.save"));
        saveModel.setGraphic(new FontIcon("mdi2c-content-save-move-outline"));
        saveModel.disableProperty().bind(Bindings.not(hasModel));
        saveModel.setOnAction(e -> files.saveModel());
        var openModel = new MenuItem();
        openModel.textProperty().bind(i18n.bind("studio.model.open"));
        openModel.setGraphic(new FontIcon("mdi2f-folder-open-outline"));
        openModel.setOnAction(e -> files.openModel());
        model.getItems().addAll(saveModel, openModel);
        export.setGraphic(new FontIcon("mdi2e-export-variant"));
        export.textProperty().bind(i18n.bind("studio.export"));
        StudioUi.tip(export, i18n, "studio.export.tip");
        export.visibleProperty().bind(Bindings.isNotEmpty(export.getItems()));
        export.managedProperty().bind(export.visibleProperty());
        getItems().addAll(presets, open, save, new Separator(), undo, redo, delete, new Separator(), model, export);
        design.addListener(this::refresh);
        i18n.localeProperty().addListener(o -> refresh());
        refresh();
    }

    MenuButton presetsMenu() {
        return presets;
    }

    MenuButton exportMenu() {
        return export;
    }

    Button undoButton() {
        return undo;
    }

    Button redoButton() {
        return redo;
    }

    private void refresh() {
        undo.setDisable(!design.history().canUndo());
        redo.setDisable(!design.history().canRedo());
        delete.setDisable(design.selected() < 0);
        undo.getTooltip().textProperty().unbind();
        redo.getTooltip().textProperty().unbind();
        undo.getTooltip().setText(design.history().nextUndo()
                .map(e -> i18n.get("studio.undo.what", what(e.kind(), e.subject()))).orElse(i18n.get("studio.undo.tip")));
        redo.getTooltip().setText(design.history().nextRedo()
                .map(e -> i18n.get("studio.redo.what", what(e.kind(), e.subject()))).orElse(i18n.get("studio.redo.tip")));
    }

    private String what(EditKind kind, String subject) {
        return i18n.get("studio.edit." + kind.name().toLowerCase(java.util.Locale.ROOT), subject);
    }
}
