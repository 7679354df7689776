package io.github.dlplayground.app.shell;

import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Chinese font (a subset of WenQuanYi Micro Hei, Apache-2.0; see assets/fonts/README.md).
 * Once loaded, JavaFX uses it for CJK characters in every control and canvas even when the machine has
 * no CJK font; the Chinese interface also names it in CSS. Call {@link #load()} on the FX thread.
 */
public final class CjkFont {
    public static final String FAMILY = "WenQuanYi Micro Hei";
    public static final String RESOURCE = "/assets/fonts/wqy-microhei-subset.ttf";
    private static Font loaded;

    private CjkFont() {
    }

    /** Loads the font once per JVM and returns it. */
    public static synchronized Font load() {
        if (loaded == null) {
            try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the Chinese font " + RESOURCE + " is missing from the app");
                }
                loaded = Font.loadFont(in, 14);
            } catch (IOException e) {
                throw new UncheckedIOException("the Chinese font " + RESOURCE + " cannot be read", e);
            }
            if (loaded == null) {
                throw new IllegalStateException("JavaFX could not load the Chinese font " + RESOURCE);
            }
        }
        return loaded;
    }
}
