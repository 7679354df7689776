package io.github.dlplayground.app;

import io.github.dlplayground.engine.util.Simd;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the program once more with {@code --add-modules jdk.incubator.vector} when the JVM was started without
 * it (a plain {@code java -jar}), so that the engine's Vector API loops run: Java 17 resolves that incubator
 * module only when asked on the command line, and a jar's manifest cannot ask. The second JVM gets the same JVM
 * options, class path and arguments, the console as it is (the module system's one-line incubator notice is left
 * out of its error output), and its exit status becomes this one's. Nothing happens when the module is already
 * there or absent from the runtime, with {@code -Ddlplayground.simd=off}, under a debugger or agent, or when the
 * second start fails: then the program runs here with the plain loops.
 */
final class VectorRelaunch {
    /** Marks the second JVM, so that it never starts a third. */
    static final String MARKER = "dlplayground.relaunched";
    /** The line the module system prints when an incubator module is resolved. */
    static final String NOTICE = "WARNING: Using incubator modules: " + Simd.MODULE;

    private VectorRelaunch() {
    }

    /** Runs the program in a second JVM if that is needed and possible; empty when it should run here. */
    static Optional<Integer> runIfNeeded(String[] args) {
        try {
            List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
            Optional<String> java = ProcessHandle.current().info().command();
            if (!wanted(jvmArguments) || java.isEmpty()) {
                return Optional.empty();
            }
            List<String> command = command(java.get(), jvmArguments, System.getProperty("java.class.path"), args,
                    Runtime.version().feature());
            Process child = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            Thread stopChild = new Thread(child::destroy, "stop-relaunched");
            Runtime.getRuntime().addShutdownHook(stopChild);
            Thread errors = new Thread(() -> copyWithoutNotice(child.getErrorStream(), System.err),
                    "relaunched-stderr");
            errors.setDaemon(true);
            errors.start();
            int status = child.waitFor();
            errors.join(2000);
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return Optional.of(status);
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /** Whether a second JVM would bring the Vector API: not there yet, in the runtime, not refused, no debugger. */
    static boolean wanted(List<String> jvmArguments) {
        if (Simd.available() || Simd.switchedOff() || !Simd.moduleInRuntime() || System.getProperty(MARKER) != null) {
            return false;
        }
        for (String argument : jvmArguments) {
            if (argument.startsWith("-agentlib") || argument.startsWith("-javaagent")
                    || argument.startsWith("-agentpath") || argument.startsWith("-Xrunjdwp")
                    || argument.startsWith("-Xdebug")) {
                return false;
            }
        }
        return true;
    }

    /**
     * java, the JVM options, the module, the marker, the class path, this launcher and the arguments; from Java 22
     * on also what the jar's manifest grants ({@code Enable-Native-Access}), which a class path start does not read.
     */
    static List<String> command(String java, List<String> jvmArguments, String classPath, String[] args,
                                int javaFeature) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArguments);
        if (javaFeature >= 22 && jvmArguments.stream().noneMatch(a -> a.startsWith("--enable-native-access"))) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.add("--add-modules");
        command.add(Simd.MODULE);
        command.add("-D" + MARKER + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Copies {@code in} to {@code out} line by line, leaving out the module system's incubator notice. */
    static void copyWithoutNotice(InputStream in, OutputStream out) {
        var line = new ByteArrayOutputStream();
        try (var buffered = new BufferedInputStream(in)) {
            int b;
            while ((b = buffered.read()) >= 0) {
                line.write(b);
                if (b == '\n') {
                    writeUnlessNotice(line, out);
                }
            }
            writeUnlessNotice(line, out);
        } catch (IOException e) {
            // The second JVM has gone; nothing more to copy.
        }
    }

    private static void writeUnlessNotice(ByteArrayOutputStream line, OutputStream out) throws IOException {
        byte[] bytes = line.toByteArray();
        line.reset();
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (bytes.length > 0 && !text.equals(NOTICE)) {
            out.write(bytes);
            out.flush();
        }
    }
}
