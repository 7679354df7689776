package io.github.dlplayground.app.lesson;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.fx.ThemedCanvasRegion;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * What the shell hands every lesson: the language, presenter mode (larger text and strokes for a
 * projector), the theme, and the application settings.
 */
public record LessonContext(I18n i18n, ReadOnlyBooleanProperty presenterMode, ReadOnlyBooleanProperty darkTheme,
                            io.github.dlplayground.app.shell.AppSettings settings) {
    /** Text sizes and line widths are multiplied by this in presenter mode. */
    public static final double PRESENTER_SCALE = 1.5;

    /** The colours of the current theme. */
    public Palette palette() {
        return Palette.of(darkTheme.get());
    }

    /** The factor for text sizes and line widths now: {@link #PRESENTER_SCALE} in presenter mode, else 1. */
    public double scale() {
        return presenterMode.get() ? PRESENTER_SCALE : 1;
    }

    /** {@link #palette()}, following the theme (bind a view's palette to it). */
    public ObjectBinding<Palette> paletteBinding() {
        return Bindings.createObjectBinding(this::palette, darkTheme);
    }

    /** {@link #scale()}, following presenter mode (bind a view's scale to it). */
    public DoubleBinding scaleBinding() {
        return Bindings.createDoubleBinding(this::scale, presenterMode);
    }

    /** Makes the views follow the theme and presenter mode. */
    public void style(ThemedCanvasRegion... views) {
        for (ThemedCanvasRegion view : views) {
            view.paletteProperty().bind(paletteBinding());
            view.scaleProperty().bind(scaleBinding());
        }
    }
}
