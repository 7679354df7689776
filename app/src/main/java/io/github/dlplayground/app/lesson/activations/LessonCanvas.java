package io.github.dlplayground.app.lesson.activations;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.visuals.fx.CanvasRegion;
import io.github.dlplayground.visuals.fx.Palette;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;

/**
 * A canvas of the concept lessons that redraws when the theme or presenter mode changes: subclasses draw
 * with {@link #palette()} and multiply sizes by {@link #scale()} (1.5 in presenter mode). The listeners on
 * the shell's properties are weak, so a closed lesson is not kept alive. FX thread only.
 */
public abstract class LessonCanvas extends CanvasRegion {
    /** Font and stroke factor in presenter mode. */
    public static final double PRESENTER_SCALE = 1.5;

    private final LessonContext context;
    private final InvalidationListener redraw = o -> markDirty();

    protected LessonCanvas(LessonContext context) {
        this.context = context;
        context.darkTheme().addListener(new WeakInvalidationListener(redraw));
        context.presenterMode().addListener(new WeakInvalidationListener(redraw));
        setMinSize(120, 100);
    }

    protected final Palette palette() {
        return Palette.of(context.darkTheme().get());
    }

    protected final double scale() {
        return context.presenterMode().get() ? PRESENTER_SCALE : 1;
    }

    protected final LessonContext context() {
        return context;
    }

    protected final String text(String key, Object... args) {
        return context.i18n().get(key, args);
    }
}
