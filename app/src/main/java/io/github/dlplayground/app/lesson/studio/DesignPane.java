package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.network.BlockFormat;
import io.github.dlplayground.visuals.network.BlockTexts;
import io.github.dlplayground.visuals.network.DesignFix;
import io.github.dlplayground.visuals.network.LayerPaletteView;
import io.github.dlplayground.visuals.network.MemoryEstimate;
import io.github.dlplayground.visuals.network.NetworkCanvasView;
import io.github.dlplayground.visuals.network.NetworkDesign;
import io.github.dlplayground.visuals.network.PaletteItem;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The building half of the studio: the layer palette, the network canvas, the sentence saying what to change
 * when the design cannot run (with a one-click fix where the shapes make it clear), and the totals —
 * parameters, FLOPs per image and a memory estimate for one training batch. FX thread only.
 */
final class DesignPane extends BorderPane {
    private final I18n i18n;
    private final NetworkDesign design;
    private final NetworkCanvasView canvas;
    private final LayerPaletteView palette;
    private final Label problem = new Label();
    private final Button fix = new Button();
    private final Label totals = new Label();
    private final HBox problemBar;
    private final ScrollPane canvasScroll;
    private final ScrollPane paletteScroll;
    private int revealed = -1;
    private int batchSize = 256;
    private int stateSlots;

    DesignPane(I18n i18n, NetworkDesign design) {
        this.i18n = i18n;
        this.design = design;
        getStyleClass().add("studio-design");
        canvas = new NetworkCanvasView(design);
        canvas.problemTextProperty().set(b -> ProblemText.of(b.problem(), i18n.isChinese()));
        palette = new LayerPaletteView(canvas, this::paletteTip);
        var canvasScroll = new ScrollPane(canvas);
        canvasScroll.setFitToWidth(true);
        canvasScroll.getStyleClass().add("edge-to-edge");
        // a click on the canvas may leave the focus on the scroll pane; its keys still edit the design
        canvasScroll.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, canvas::handleKey);
        var paletteScroll = new ScrollPane(palette);
        paletteScroll.setFitToWidth(true);
        paletteScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        paletteScroll.setMinWidth(130);
        paletteScroll.setPrefWidth(140);
        this.paletteScroll = paletteScroll;
        paletteScroll.getStyleClass().add("edge-to-edge");
        problem.setWrapText(true);
        problem.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        problem.getStyleClass().add("danger");
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        fix.setGraphic(new FontIcon("mdi2a-auto-fix"));
        fix.setMnemonicParsing(false);
        fix.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fix.getStyleClass().add("small");
        fix.setOnAction(e -> DesignFix.find(design).ifPresent(f -> design.apply(f.edit())));
        problemBar = new HBox(8, problem, fix);
        HBox.setHgrow(problem, Priority.ALWAYS);
        totals.getStyleClass().add("text-muted");
        totals.setWrapText(true);
        var bottom = new VBox(4, problemBar, totals);
        bottom.setStyle("-fx-padding: 4 8 4 8;");
        this.canvasScroll = canvasScroll;
        setLeft(paletteScroll);
        setCenter(canvasScroll);
        setBottom(bottom);
        design.addListener(this::refresh);
        design.addListener(this::revealSelection);
        // a selection made before the first layout is brought into view once the viewport has a size
        canvasScroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (revealed < 0) {
                revealSelection();
            }
        });
        i18n.localeProperty().addListener(o -> {
            palette.retranslate(this::paletteTip);
            refresh();
        });
        refresh();
    }

    NetworkCanvasView canvas() {
        return canvas;
    }

    LayerPaletteView palette() {
        return palette;
    }

    Label problemLabel() {
        return problem;
    }

    /** True while the design has a problem and its sentence shows. */
    boolean problemShown() {
        return problemBar.isVisible();
    }

    Button fixButton() {
        return fix;
    }

    Label totalsLabel() {
        return totals;
    }

    void setPalette(Palette p, double scale) {
        canvas.paletteProperty().set(p);
        canvas.scaleProperty().set(scale);
        palette.scaleProperty().set(scale);
        paletteScroll.setMinWidth(130 * scale);
        paletteScroll.setPrefWidth(140 * scale);
    }

    /** The memory estimate follows the batch size and the optimizer's state (copies of the weights it keeps). */
    void setTraining(int batchSize, int optimizerStateSlots) {
        this.batchSize = batchSize;
        this.stateSlots = optimizerStateSlots;
        refresh();
    }

    /** Scrolls the canvas so that the selected block is in view (after clicks, keys, undo). */
    private void revealSelection() {
        int s = design.selected();
        if (s < 0 || s == revealed) {
            revealed = s;
            return;
        }
        revealed = s;
        double content = canvas.prefHeight(canvasScroll.getViewportBounds().getWidth());
        double view = canvasScroll.getViewportBounds().getHeight();
        if (view <= 0) {
            revealed = -1;
            return;
        }
        if (content <= view) {
            return;
        }
        var l = canvas.layoutNow();
        double top = l.y(s + 1) - 8;
        double bottom = l.y(s + 1) + l.blockHeight() + 8;
        double current = canvasScroll.getVvalue() * (content - view);
        if (top < current) {
            canvasScroll.setVvalue(top / (content - view));
        } else if (bottom > current + view) {
            canvasScroll.setVvalue(Math.min(1, (bottom - view) / (content - view)));
        }
    }

    private String paletteTip(PaletteItem item) {
        return i18n.get("studio.palette." + item.type());
    }

    private void refresh() {
        canvas.textsProperty().set(new BlockTexts(i18n.get("studio.block.input"), i18n.get("studio.block.params"),
                "?", i18n.get("studio.block.empty")));
        var problems = design.problems();
        boolean bad = !problems.isEmpty();
        problemBar.setVisible(bad);
        problemBar.setManaged(bad);
        if (bad) {
            int sel = design.selected();
            String shown = sel >= 0 && design.block(sel).hasProblem() ? design.block(sel).problem() : problems.get(0);
            String text = ProblemText.of(shown, i18n.isChinese());
            problem.setText(problems.size() > 1 ? i18n.get("studio.problem.more", text, problems.size() - 1) : text);
            var f = DesignFix.find(design);
            fix.setVisible(f.isPresent());
            fix.setManaged(f.isPresent());
            f.ifPresent(x -> {
                fix.setText(i18n.get("studio.fix." + x.field(), x.blockIndex() + 1, x.value()));
                fix.setTooltip(StudioUi.tooltip(i18n, "studio.fix.tip"));
            });
        }
        if (design.isValid()) {
            MemoryEstimate m = design.memory(batchSize, stateSlots);
            totals.setText(i18n.get("studio.totals", BlockFormat.count(design.report().parameterCount()),
                    BlockFormat.count(design.report().flops()), MemoryEstimate.format(m.totalBytes()), batchSize,
                    MemoryEstimate.format(m.parameterBytes()), MemoryEstimate.format(m.activationBytes())));
        } else {
            totals.setText(i18n.get("studio.totals.invalid", BlockFormat.count(design.report().parameterCount())));
        }
    }
}
