package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.visuals.fx.CanvasRegion;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.canvas.GraphicsContext;

/**
 * A canvas of the concept lessons that redraws when the theme or presenter mode changes: subclasses draw
 * with the theme's palette and multiply sizes by the scale (1.5 in presenter mode). The listeners on
 * the shell's properties are weak, so a closed lesson is not kept alive. FX thread only.
 */
public abstract class LessonCanvas extends CanvasRegion {
    private final LessonContext context;
    private final InvalidationListener redraw = o -> markDirty();

    protected LessonCanvas(LessonContext context) {
        this.context = context;
        context.darkTheme().addListener(new WeakInvalidationListener(redraw));
        context.presenterMode().addListener(new WeakInvalidationListener(redraw));
        setMinSize(120, 100);
    }

    @Override
    protected final void draw(GraphicsContext g, double width, double height) {
        draw(g, width, height, context.palette(), context.scale());
    }

    /** Draws the whole view in the theme's colours, sizes multiplied by {@code s}; must not change the model. */
    protected abstract void draw(GraphicsContext g, double width, double height, Palette palette, double s);

    protected final LessonContext context() {
        return context;
    }

    protected final String text(String key, Object... args) {
        return context.i18n().get(key, args);
    }
}
