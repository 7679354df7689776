package io.github.dlplayground.app.explain;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.formula.FormulaRenderer;
import io.github.dlplayground.visuals.formula.FormulaView;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * A collapsible panel with one lesson's explanation: two short paragraphs, the key formulas typeset with
 * JLaTeXMath, and "try this" prompts. Text follows the language, formulas follow the theme's text colour
 * and presenter mode (1.5× size), all live. Use it as a node: {@code new ExplanationPanel(context, "softmax")};
 * it is a {@link TitledPane}, so {@code setExpanded(false)} collapses it (to its title: its preferred width
 * is 380 px open, 570 px in presenter mode, and the title's width when collapsed). FX thread only.
 */
public final class ExplanationPanel extends TitledPane {
    /** Formula text size in pixels, normal and presenter mode. */
    public static final double FORMULA_SIZE = 18;
    public static final double PRESENTER_SCALE = 1.5;
    private static final double WIDTH = 380;

    private final String lessonId;
    private final Explanation explanation;
    private final List<FormulaView> formulaViews = new ArrayList<>();

    public ExplanationPanel(LessonContext context, String lessonId) {
        this(context, lessonId, ExplanationCatalog.load(), new FormulaRenderer());
    }

    ExplanationPanel(LessonContext context, String lessonId, ExplanationCatalog catalog, FormulaRenderer renderer) {
        this.lessonId = lessonId;
        I18n i18n = context.i18n();
        explanation = catalog.explanation(lessonId, i18n::has);
        getStyleClass().add("explanation-panel");
        textProperty().bind(i18n.bind("explain.title"));
        setGraphic(new FontIcon("mdi2b-book-open-variant"));
        var tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.bind("explain.tooltip"));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        // on the title bar only: hovering the text below should not pop it up
        skinProperty().addListener((o, old, skin) -> {
            var title = lookup(".title");
            if (title != null) {
                Tooltip.install(title, tooltip);
            }
        });

        var body = new VBox(8);
        body.getStyleClass().add("explanation-content");
        body.setPadding(new Insets(8));
        if (explanation.paragraphKeys().isEmpty() && explanation.formulas().isEmpty()) {
            body.getChildren().add(wrapped(i18n, "explain.missing"));
        }
        explanation.paragraphKeys().forEach(key -> body.getChildren().add(wrapped(i18n, key)));
        if (!explanation.formulas().isEmpty()) {
            body.getChildren().add(heading(i18n, "explain.formulas"));
            for (Explanation.Formula formula : explanation.formulas()) {
                body.getChildren().add(formulaBlock(context, i18n, renderer, formula));
            }
        }
        if (!explanation.tryKeys().isEmpty()) {
            body.getChildren().add(heading(i18n, "explain.try"));
            explanation.tryKeys().forEach(key -> body.getChildren().add(prompt(i18n, key)));
        }
        var scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("edge-to-edge");
        setContent(scroll);
        // a side drawer: full width when open, just its title when collapsed
        prefWidthProperty().bind(Bindings.createDoubleBinding(() -> preferredWidth(context),
                expandedProperty(), context.presenterMode(), skinProperty(), textProperty()));
        setMaxHeight(Double.MAX_VALUE);
    }

    public String lessonId() {
        return lessonId;
    }

    /** The keys and formulas shown. */
    public Explanation explanation() {
        return explanation;
    }

    /** The formula views in display order (for tests and screenshots). */
    public List<FormulaView> formulaViews() {
        return List.copyOf(formulaViews);
    }

    private Node formulaBlock(LessonContext context, I18n i18n, FormulaRenderer renderer, Explanation.Formula formula) {
        var caption = wrapped(i18n, formula.captionKey());
        caption.getStyleClass().add("text-muted");
        var view = new FormulaView(renderer, formula.latex());
        view.sizeProperty().bind(Bindings.when(context.presenterMode())
                .then(FORMULA_SIZE * PRESENTER_SCALE).otherwise(FORMULA_SIZE));
        view.colourProperty().bind(Bindings.createObjectBinding(
                () -> foreground(context.darkTheme().get()), context.darkTheme()));
        formulaViews.add(view);
        var block = new VBox(4, caption, view);
        block.getStyleClass().add("explanation-formula");
        return block;
    }

    private double preferredWidth(LessonContext context) {
        double scale = context.presenterMode().get() ? PRESENTER_SCALE : 1;
        if (isExpanded()) {
            return WIDTH * scale;
        }
        var title = lookup(".title");
        return title == null ? 180 * scale : title.prefWidth(-1);
    }

    private static Color foreground(boolean dark) {
        return Palette.of(dark).foreground();
    }

    private static Label wrapped(I18n i18n, String key) {
        var label = new Label();
        label.textProperty().bind(i18n.bind(key));
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label heading(I18n i18n, String key) {
        var label = wrapped(i18n, key);
        label.getStyleClass().add("title-4");
        label.setPadding(new Insets(8, 0, 0, 0));
        return label;
    }

    private static Label prompt(I18n i18n, String key) {
        var label = wrapped(i18n, key);
        label.setGraphic(new FontIcon("mdi2l-lightbulb-on-outline"));
        label.getStyleClass().add("explanation-prompt");
        return label;
    }
}
