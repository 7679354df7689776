package io.github.dlplayground.app.shell;

import io.github.dlplayground.app.lesson.environment.BackendFact;
import io.github.dlplayground.app.lesson.environment.DataSourceFact;
import io.github.dlplayground.app.lesson.environment.DataSourceProbe;
import io.github.dlplayground.app.lesson.environment.EnvironmentReport;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Keeps the status line's backend and data source up to date: gathers an {@link EnvironmentReport} on a
 * background thread when started and whenever the backend or data folder setting changes, then shows it
 * on the FX thread. Public methods: FX thread only.
 */
final class EnvironmentStatus {
    private final AppSettings settings;
    private final I18n i18n;
    private final StatusLine statusLine;
    private final DataSourceProbe dataProbe;
    private final ReadOnlyObjectWrapper<EnvironmentReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private ExecutorService worker;
    private int generation;

    EnvironmentStatus(AppSettings settings, I18n i18n, StatusLine statusLine, DataSourceProbe dataProbe) {
        this.settings = settings;
        this.i18n = i18n;
        this.statusLine = statusLine;
        this.dataProbe = dataProbe;
        statusLine.setBackend(i18n.get("shell.status.backend", "…"), i18n.get("shell.status.checking"));
        statusLine.setDataSource(i18n.get("shell.status.data", "…"), i18n.get("shell.status.checking"));
        settings.backendProperty().addListener((obs, old, now) -> refresh());
        settings.dataFolderProperty().addListener((obs, old, now) -> refresh());
        i18n.localeProperty().addListener((obs, old, now) -> show(report.get()));
    }

    /** Starts the first look-up. */
    void start() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                var thread = new Thread(r, "environment-status");
                thread.setDaemon(true);
                return thread;
            });
        }
        refresh();
    }

    void stop() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<EnvironmentReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Names of the backends available here (empty until the first report). */
    List<String> availableBackends() {
        var current = report.get();
        return current == null ? List.of()
                : current.backends().stream().filter(BackendFact::available).map(BackendFact::name).toList();
    }

    private void refresh() {
        if (worker == null) {
            return;
        }
        int ticket = ++generation;
        SettingsData data = settings.toData();
        ready.set(false);
        worker.submit(() -> {
            try {
                EnvironmentReport gathered = EnvironmentReport.gather(data, dataProbe);
                Platform.runLater(() -> {
                    if (ticket == generation) {
                        report.set(gathered);
                        show(gathered);
                        ready.set(true);
                    }
                });
            } catch (RuntimeException | LinkageError e) {
                Platform.runLater(() -> {
                    statusLine.showWarning(i18n.get("shell.status.failed", String.valueOf(e.getMessage())));
                    ready.set(true);
                });
            }
        });
    }

    private void show(EnvironmentReport r) {
        if (r == null) {
            return;
        }
        String backend = r.selectedBackendUsable() ? r.backendInUse()
                : i18n.get("shell.status.backend.unusable", r.selectedBackend());
        String backendDetails = r.backends().stream()
                .map(b -> b.name() + ": " + (b.available() ? b.detail() : b.reason()))
                .collect(Collectors.joining("\n"));
        statusLine.setBackend(i18n.get("shell.status.backend", backend), backendDetails);
        boolean zh = i18n.isChinese();
        if (r.dataProblem() != null) {
            statusLine.setDataSource(i18n.get("shell.status.data", i18n.get("shell.status.data.problem")),
                    r.dataProblem());
        } else if (r.dataSources().isEmpty()) {
            statusLine.setDataSource(i18n.get("shell.status.data", i18n.get("shell.status.data.none")),
                    i18n.get("shell.status.data.none.detail"));
        } else {
            DataSourceFact first = r.dataSources().get(0);
            String details = r.dataSources().stream()
                    .map(d -> d.describe(zh) + (d.hint(zh).isEmpty() ? "" : "\n" + d.hint(zh)))
                    .collect(Collectors.joining("\n"));
            String kindKey = "shell.status.data.kind." + first.kind();
            String kind = i18n.has(kindKey) ? i18n.get(kindKey) : first.kind();
            statusLine.setDataSource(i18n.get("shell.status.data", i18n.get("shell.status.data.source",
                    first.dataset(), kind, first.trainCount(), first.testCount())), details);
        }
    }
}
