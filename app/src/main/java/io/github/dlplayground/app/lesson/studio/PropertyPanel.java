package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.spec.LayerSpec;
import io.github.dlplayground.visuals.network.BlockFormat;
import io.github.dlplayground.visuals.network.BlockInfo;
import io.github.dlplayground.visuals.network.NetworkDesign;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits the selected block: one text field per setting (named as in PyTorch, with a translated tooltip), each
 * valid keystroke an undoable change of the design (consecutive keystrokes merge into one edit). Text that is not
 * a number turns the field red and changes nothing. Below the fields: the block's shapes, parameters and FLOPs.
 * FX thread only.
 */
final class PropertyPanel extends VBox {
    private final I18n i18n;
    private final NetworkDesign design;
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final Label facts = new Label();
    private final List<TextField> fields = new ArrayList<>();
    private List<LayerFields.Field> shown = List.of();
    private int shownIndex = -2;
    private String shownType = "";
    private boolean updating;

    PropertyPanel(I18n i18n, NetworkDesign design) {
        super(8);
        this.i18n = i18n;
        this.design = design;
        getStyleClass().add("studio-properties");
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        grid.setHgap(8);
        grid.setVgap(6);
        facts.setWrapText(true);
        facts.getStyleClass().add("text-muted");
        getChildren().addAll(title, grid, facts);
        setPadding(new Insets(0, 0, 4, 0));
        design.addListener(this::refresh);
        i18n.localeProperty().addListener(o -> {
            shownIndex = -2;
            refresh();
        });
        refresh();
    }

    /** The text field of a setting, e.g. "out_features", of the block shown. */
    TextField field(String name) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).name().equals(name)) {
                return fields.get(i);
            }
        }
        throw new IllegalArgumentException("the selected block has no setting " + name);
    }

    private void refresh() {
        int index = design.selected();
        if (index < 0) {
            title.setText(i18n.get("studio.props.none"));
            grid.getChildren().clear();
            fields.clear();
            shown = List.of();
            shownIndex = -1;
            facts.setText("");
            return;
        }
        BlockInfo block = design.block(index);
        LayerSpec spec = block.spec();
        if (index != shownIndex || !spec.type().equals(shownType)) {
            rebuild(index, spec);
        } else {
            syncTexts(spec);
        }
        facts.setText(facts(block));
    }

    private void rebuild(int index, LayerSpec spec) {
        shownIndex = index;
        shownType = spec.type();
        title.setText(i18n.get("studio.props.title", index + 1, spec.displayName()));
        grid.getChildren().clear();
        fields.clear();
        shown = LayerFields.of(spec);
        if (shown.isEmpty()) {
            grid.add(new Label(i18n.get("studio.props.nosettings")), 0, 0, 2, 1);
        }
        for (int r = 0; r < shown.size(); r++) {
            LayerFields.Field f = shown.get(r);
            var name = new Label(f.name());
            var field = new TextField(f.text().apply(spec));
            field.setPrefColumnCount(6);
            field.setTooltip(StudioUi.tooltip(i18n, "studio.field." + f.name()));
            name.setTooltip(StudioUi.tooltip(i18n, "studio.field." + f.name()));
            field.textProperty().addListener((o, a, text) -> edited(f, field, text));
            GridPane.setHgrow(field, Priority.ALWAYS);
            grid.addRow(r, name, field);
            fields.add(field);
        }
    }

    private void edited(LayerFields.Field f, TextField field, String text) {
        if (updating) {
            return;
        }
        int index = design.selected();
        LayerSpec next = f.parse().apply(design.spec().layers().get(index), text);
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), next == null);
        field.setStyle(next == null ? "-fx-border-color: -color-danger-emphasis, -color-danger-fg;" : "");
        if (next != null) {
            design.change(index, next, f.name());
        }
    }

    private void syncTexts(LayerSpec spec) {
        updating = true;
        try {
            for (int i = 0; i < shown.size(); i++) {
                TextField field = fields.get(i);
                LayerSpec parsed = shown.get(i).parse().apply(spec, field.getText());
                if (parsed == null || !parsed.equals(spec)) {
                    field.setText(shown.get(i).text().apply(spec));
                    field.setStyle("");
                }
            }
        } finally {
            updating = false;
        }
    }

    private String facts(BlockInfo b) {
        String unknown = i18n.get("studio.shape.unknown");
        String in = b.input() == null ? unknown : b.input().toString();
        String out = b.output() == null ? unknown : b.output().toString();
        String flops = b.flops() < 0 ? unknown : BlockFormat.count(b.flops());
        return i18n.get("studio.props.facts", in, out, BlockFormat.count(b.parameterCount()), flops);
    }
}
