package io.github.dlplayground.engine.util;

/**
 * Whether the engine's SIMD loops can run: they are written with the Vector API, which Java 17 ships as the
 * incubator module {@value #MODULE}. It is in use only when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the launcher does this itself) and the system property
 * {@code dlplayground.simd} is not {@code off}; otherwise the layers run their plain Java loops, which give the same
 * results within float rounding. This class itself never touches the module, so it loads everywhere.
 */
public final class Simd {
    /** The module the SIMD loops need. */
    public static final String MODULE = "jdk.incubator.vector";
    /** Set to {@code off} to run the plain loops even where the module is present. */
    public static final String PROPERTY = "dlplayground.simd";

    private static final boolean AVAILABLE = ModuleLayer.boot().findModule(MODULE).isPresent() && !switchedOff();

    private Simd() {
    }

    /** True when the Vector API loops are used. */
    public static boolean available() {
        return AVAILABLE;
    }

    /** Whether the system property {@value #PROPERTY} is {@code off}. */
    public static boolean switchedOff() {
        return "off".equalsIgnoreCase(System.getProperty(PROPERTY, ""));
    }

    /** Whether this Java runtime has the module at all (so that a launcher can add it). */
    public static boolean moduleInRuntime() {
        return java.lang.module.ModuleFinder.ofSystem().find(MODULE).isPresent();
    }

    /** One line for {@code info} and the Environment lesson: the vector width in use, or why there is none. */
    public static String describe() {
        if (AVAILABLE) {
            int lanes = SimdMath.FLOATS.length();
            return "Vector API, " + lanes + " floats per vector (" + 32 * lanes + "-bit)";
        }
        if (switchedOff()) {
            return "off (" + PROPERTY + "=off): plain Java loops";
        }
        if (!moduleInRuntime()) {
            return "off: plain Java loops; this Java runtime has no module " + MODULE;
        }
        return "off: plain Java loops; start Java with --add-modules " + MODULE + " for the Vector API loops";
    }
}
