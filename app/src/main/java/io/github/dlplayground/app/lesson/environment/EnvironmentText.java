package io.github.dlplayground.app.lesson.environment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * Writes an {@link EnvironmentReport} as plain text (what {@code info} prints and the lesson's copy button
 * puts on the clipboard) and as one JSON object ({@code info --json}). No JavaFX.
 */
public final class EnvironmentText {
    private static final String ROW = "%-18s %s%n";

    private EnvironmentText() {
    }

    /** Aligned plain-text lines, in English, like a small nvidia-smi for the engine. */
    public static String text(EnvironmentReport r) {
        var out = new StringBuilder();
        out.append("DL Playground ").append(r.appVersion()).append(System.lineSeparator());
        out.append(row("Java", r.javaVersion() + " (" + r.javaVendor() + ", " + r.javaVm() + ")"));
        out.append(row("JavaFX", r.javafxVersion()));
        out.append(row("OS", r.osName() + " " + r.osVersion() + " (" + r.osArch() + ")"));
        out.append(row("CPU cores", String.valueOf(r.cpuCores())));
        out.append(row("Max heap", String.format(Locale.ROOT, "%,d MiB", r.maxHeapMebibytes())));
        out.append(row("Vector loops", r.vectorLoops()));
        out.append(System.lineSeparator()).append("Matrix backends").append(System.lineSeparator());
        for (BackendFact b : r.backends()) {
            out.append(String.format(Locale.ROOT, "  %-10s %-12s %s%n", b.name(),
                    b.available() ? "available" : "unavailable", b.available() ? nullToEmpty(b.detail()) : b.reason()));
        }
        out.append(row("Default backend", r.defaultBackend()));
        out.append(row("Selected backend", selected(r)));
        out.append(row("GPU", r.gpu().available() ? r.gpu().detail() : "none: " + r.gpu().reason()));
        out.append(System.lineSeparator());
        if (r.dataProblem() != null) {
            out.append(row("Data", "problem: " + r.dataProblem()));
        } else if (r.dataSources().isEmpty()) {
            out.append(row("Data", "no data source reported"));
        }
        for (DataSourceFact d : r.dataSources()) {
            out.append(row("Data", d.describeEn()));
            if (!d.hintEn().isEmpty()) {
                out.append(row("", d.hintEn()));
            }
            for (String note : d.notes()) {
                out.append(row("", "note: " + note));
            }
        }
        return out.toString();
    }

    /** One JSON object with the same facts; field names in snake_case. */
    public static ObjectNode json(EnvironmentReport r, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", r.appVersion());
        root.putObject("java").put("version", r.javaVersion()).put("vendor", r.javaVendor()).put("vm", r.javaVm());
        root.put("javafx", r.javafxVersion());
        root.putObject("os").put("name", r.osName()).put("version", r.osVersion()).put("arch", r.osArch());
        root.put("cpu_cores", r.cpuCores());
        root.put("max_heap_bytes", r.maxHeapBytes());
        root.put("vector_loops", r.vectorLoops());
        var backends = root.putArray("backends");
        for (BackendFact b : r.backends()) {
            backends.addObject().put("name", b.name()).put("available", b.available())
                    .put("reason", b.reason()).put("detail", b.detail());
        }
        root.put("default_backend", r.defaultBackend());
        root.put("selected_backend", r.selectedBackend());
        root.put("selected_backend_usable", r.selectedBackendUsable());
        root.putObject("gpu").put("available", r.gpu().available()).put("detail", r.gpu().detail())
                .put("reason", r.gpu().reason());
        var data = root.putArray("data_source");
        for (DataSourceFact d : r.dataSources()) {
            var node = data.addObject().put("dataset", d.dataset()).put("kind", d.kind())
                    .put("location", d.location()).put("train_count", d.trainCount())
                    .put("test_count", d.testCount()).put("description", d.describeEn());
            var notes = node.putArray("notes");
            d.notes().forEach(notes::add);
        }
        root.put("data_problem", r.dataProblem());
        return root;
    }

    /** "auto (openblas)", "jblas", or "jblas (not available here)". */
    static String selected(EnvironmentReport r) {
        if ("auto".equalsIgnoreCase(r.selectedBackend())) {
            return "auto (" + r.defaultBackend() + ")";
        }
        return r.selectedBackendUsable() ? r.selectedBackend() : r.selectedBackend() + " (not available here)";
    }

    private static String row(String key, String value) {
        return String.format(Locale.ROOT, ROW, key, value);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
