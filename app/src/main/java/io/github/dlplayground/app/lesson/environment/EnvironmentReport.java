package io.github.dlplayground.app.lesson.environment;

import io.github.dlplayground.app.cli.VersionProvider;
import io.github.dlplayground.app.shell.SettingsData;
import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.cuda.CudaSession;
import io.github.dlplayground.engine.backend.cuda.CudaUnavailableException;
import io.github.dlplayground.engine.util.Simd;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * Every fact the command {@code info} prints and the Environment lesson shows, gathered in one place:
 * app version, Java, JavaFX (read from a resource, the toolkit is not started), OS, CPU cores, maximum heap, the
 * engine's vector loops (Vector API in use or why not),
 * the matrix backends with the default and the selected one, the GPU, and the data source of each dataset.
 * No JavaFX here. Gathering loads the backends' natives on first use: call it off the FX thread.
 */
public record EnvironmentReport(String appVersion, String javaVersion, String javaVendor, String javaVm,
                                String javafxVersion, String osName, String osVersion, String osArch,
                                int cpuCores, long maxHeapBytes, String vectorLoops, List<BackendFact> backends,
                                String defaultBackend, String selectedBackend, GpuFact gpu,
                                List<DataSourceFact> dataSources, String dataProblem) {
    public EnvironmentReport {
        backends = List.copyOf(backends);
        dataSources = List.copyOf(dataSources);
    }

    /** Gathers the facts for these settings (selected backend, data folder). */
    public static EnvironmentReport gather(SettingsData settings, DataSourceProbe data) {
        List<BackendFact> backends = Backends.probe().stream()
                .map(s -> new BackendFact(s.name(), s.available(), s.reason(), s.detail()))
                .toList();
        List<DataSourceFact> sources = List.of();
        String dataProblem = null;
        try {
            sources = data.inUse(settings.dataFolderPath());
        } catch (Exception e) {
            dataProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        var runtime = Runtime.getRuntime();
        return new EnvironmentReport(VersionProvider.version(),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                readJavafxVersion(), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), runtime.availableProcessors(), runtime.maxMemory(), Simd.describe(),
                backends, Backends.defaultName(), settings.backend(), gpu(backends), sources, dataProblem);
    }

    /** The GPU from the backend list; when present, described by the driver now (memory in use included). */
    static GpuFact gpu(List<BackendFact> backends) {
        GpuFact fact = GpuFact.from(backends);
        if (!fact.available()) {
            return fact;
        }
        try {
            return new GpuFact(true, CudaSession.open().info().describe(), null);
        } catch (CudaUnavailableException e) {
            return new GpuFact(false, null, e.getMessage());
        }
    }

    /** The JavaFX version from javafx-base's javafx.properties, without starting the toolkit. */
    public static String readJavafxVersion() {
        try (InputStream in = EnvironmentReport.class.getResourceAsStream("/javafx.properties")) {
            if (in == null) {
                return "unknown (javafx.properties not found)";
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("javafx.version", "unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** The selected backend's fact, or null when the setting names no known backend ("auto" included). */
    public BackendFact selectedBackendFact() {
        return backends.stream().filter(b -> b.name().equalsIgnoreCase(selectedBackend)).findFirst().orElse(null);
    }

    /** True when the selection is "auto" or names an available backend. */
    public boolean selectedBackendUsable() {
        if (SettingsData.AUTO_BACKEND.equalsIgnoreCase(selectedBackend)) {
            return true;
        }
        BackendFact fact = selectedBackendFact();
        return fact != null && fact.available();
    }

    /** The backend that "auto" stands for, or the selected one. */
    public String backendInUse() {
        return SettingsData.AUTO_BACKEND.equalsIgnoreCase(selectedBackend) ? defaultBackend : selectedBackend;
    }

    public long maxHeapMebibytes() {
        return maxHeapBytes / (1024 * 1024);
    }
}
