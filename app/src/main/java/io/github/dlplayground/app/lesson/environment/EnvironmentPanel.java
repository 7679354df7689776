package io.github.dlplayground.app.lesson.environment;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.app.shell.Ui;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;

/**
 * The Environment lesson's view: sections for the runtime, the matrix backends, the GPU and the data, like
 * a small nvidia-smi for the engine, with Refresh and Copy (the {@code info} text) buttons. It redraws when
 * the language changes. FX thread only.
 */
final class EnvironmentPanel {
    private final I18n i18n;
    private final VBox sections = new VBox(16);
    private final ScrollPane root;
    private final Label copied = new Label();
    private final Button copy = new Button();
    private final InvalidationListener relabel = obs -> redraw();
    private final Runnable benchmark;
    private EnvironmentReport report;
    private String failure;
    private List<GemmSpeed.Row> speeds;
    private boolean measuring;

    EnvironmentPanel(LessonContext context, Runnable refresh, Runnable benchmark) {
        this.i18n = context.i18n();
        this.benchmark = benchmark;
        var intro = new Label();
        intro.textProperty().bind(i18n.bind("environment.intro"));
        intro.setWrapText(true);
        intro.setMinWidth(0);
        intro.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(intro, Priority.ALWAYS);
        var refreshButton = Ui.decorate(new Button(), i18n, "mdi2r-refresh", "environment.refresh",
                "environment.refresh.tooltip");
        refreshButton.setOnAction(e -> refresh.run());
        refreshButton.setId("environment-refresh");
        Ui.decorate(copy, i18n, "mdi2c-content-copy", "environment.copy", "environment.copy.tooltip");
        copy.setOnAction(e -> copyToClipboard());
        copy.setId("environment-copy");
        copy.setDisable(true);
        refreshButton.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copied.getStyleClass().add("text-muted");
        copied.setId("environment-copied");
        var top = new HBox(8, intro, copied, refreshButton, copy);
        top.setAlignment(Pos.CENTER_LEFT);
        var content = new VBox(16, top, sections);
        content.setPadding(new Insets(16));
        content.setMaxWidth(1100);
        content.getStyleClass().add("environment-panel");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("environment-scroll");
        i18n.localeProperty().addListener(relabel);
    }

    Node node() {
        return root;
    }

    void dispose() {
        i18n.localeProperty().removeListener(relabel);
    }

    void showGathering() {
        report = null;
        failure = null;
        redraw();
    }

    void show(EnvironmentReport report) {
        this.report = report;
        this.failure = null;
        redraw();
    }

    void showFailure(String message) {
        report = null;
        failure = message;
        redraw();
    }

    /** The text Copy puts on the clipboard (the same as {@code info}), or null before the facts are in. */
    String copyText() {
        return report == null ? null : EnvironmentText.text(report);
    }

    private void copyToClipboard() {
        String text = copyText();
        if (text != null) {
            var content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText(i18n.get("environment.copied"));
        }
    }

    private void redraw() {
        copied.setText("");
        copy.setDisable(report == null);
        if (failure != null) {
            sections.getChildren().setAll(message("mdi2a-alert-outline", i18n.get("environment.failed", failure)));
        } else if (report == null) {
            sections.getChildren().setAll(message("mdi2r-refresh", i18n.get("environment.gathering")));
        } else {
            sections.getChildren().setAll(runtime(report), backends(report), gpu(report), speed(), data(report));
        }
    }

    private Node runtime(EnvironmentReport r) {
        var grid = grid();
        int row = 0;
        row = pair(grid, row, "environment.app", "DL Playground " + r.appVersion());
        row = pair(grid, row, "environment.java", r.javaVersion() + " (" + r.javaVendor() + ")");
        row = pair(grid, row, "environment.vm", r.javaVm());
        row = pair(grid, row, "environment.javafx", r.javafxVersion());
        row = pair(grid, row, "environment.os", r.osName() + " " + r.osVersion() + " (" + r.osArch() + ")");
        row = pair(grid, row, "environment.cpu", String.valueOf(r.cpuCores()));
        row = pair(grid, row, "environment.heap", String.format(Locale.ROOT, "%,d MiB", r.maxHeapMebibytes()));
        pair(grid, row, "environment.vector", r.vectorLoops());
        return section("mdi2l-language-java", "environment.section.runtime", grid);
    }

    private Node backends(EnvironmentReport r) {
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(fixed(), fixed(), fixed(), growing());
        int row = 0;
        for (BackendFact b : r.backends()) {
            var name = value(b.name());
            name.getStyleClass().add("backend-name");
            var state = new Label(i18n.get(b.available() ? "environment.available" : "environment.unavailable"));
            state.getStyleClass().add(b.available() ? "success" : "danger");
            state.setMinWidth(Region.USE_PREF_SIZE);
            var text = value(b.available() ? (b.detail() == null ? "" : b.detail()) : b.reason());
            grid.addRow(row++, icon(b.available()), name, state, text);
        }
        var summary = grid();
        int row2 = pair(summary, 0, "environment.default", r.defaultBackend());
        String selected = "auto".equalsIgnoreCase(r.selectedBackend())
                ? i18n.get("environment.selected.auto", r.defaultBackend())
                : r.selectedBackendUsable() ? r.selectedBackend()
                : i18n.get("environment.selected.unusable", r.selectedBackend());
        pair(summary, row2, "environment.selected", selected);
        var box = new VBox(8, grid, summary);
        box.setId("environment-backends");
        return section("mdi2c-chip", "environment.section.backends", box);
    }

    private Node gpu(EnvironmentReport r) {
        GpuFact g = r.gpu();
        var text = value(g.available() ? g.detail() : i18n.get("environment.gpu.none", g.reason()));
        text.setId("environment-gpu");
        var line = new HBox(8, icon(g.available()), text);
        line.setAlignment(Pos.TOP_LEFT);
        String training = GpuFact.BACKEND.equalsIgnoreCase(r.backendInUse())
                ? i18n.get("environment.gpu.training.yes")
                : i18n.get(g.available() ? "environment.gpu.training.choose" : "environment.gpu.training.no",
                r.backendInUse());
        var trains = value(training);
        trains.setId("environment-gpu-training");
        trains.getStyleClass().add("text-muted");
        return section("mdi2e-expansion-card-variant", "environment.section.gpu", new VBox(8, line, trains));
    }

    /** Sets the benchmark's state: running (rows null) or finished with one row per backend. FX thread only. */
    void showSpeeds(boolean running, List<GemmSpeed.Row> rows) {
        measuring = running;
        speeds = rows;
        redraw();
    }

    /** The benchmark's rows, or null before it has run (or while it runs). */
    List<GemmSpeed.Row> speedRows() {
        return speeds;
    }

    private Node speed() {
        var run = Ui.decorate(new Button(), i18n, "mdi2s-speedometer", "environment.speed.run",
                "environment.speed.run.tooltip");
        run.setId("environment-speed-run");
        run.setDisable(measuring);
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setOnAction(e -> benchmark.run());
        var explain = value(i18n.get("environment.speed.explain", GemmSpeed.SIZE));
        HBox.setHgrow(explain, Priority.ALWAYS);
        var top = new HBox(8, explain, run);
        top.setAlignment(Pos.CENTER_LEFT);
        var box = new VBox(8, top);
        if (measuring) {
            box.getChildren().add(value(i18n.get("environment.speed.running")));
        } else if (speeds != null) {
            var grid = grid();
            int row = 0;
            for (GemmSpeed.Row s : speeds) {
                var name = new Label(s.backend());
                name.getStyleClass().add("backend-name");
                name.setMinWidth(Region.USE_PREF_SIZE);
                grid.addRow(row++, name, value(s.failure() == null
                        ? String.format(i18n.locale(), "%.1f GFLOP/s", s.gflops())
                        : i18n.get("environment.speed.failed", s.failure())));
            }
            box.getChildren().add(grid);
        }
        box.setId("environment-speed");
        return section("mdi2s-speedometer", "environment.section.speed", box);
    }

    private Node data(EnvironmentReport r) {
        boolean zh = i18n.isChinese();
        var box = new VBox(8);
        if (r.dataProblem() != null) {
            box.getChildren().add(value(i18n.get("environment.data.problem", r.dataProblem())));
        } else if (r.dataSources().isEmpty()) {
            box.getChildren().add(value(i18n.get("environment.data.none")));
        }
        for (DataSourceFact d : r.dataSources()) {
            box.getChildren().add(value(d.describe(zh)));
            if (!d.hint(zh).isEmpty()) {
                var hint = value(d.hint(zh));
                hint.getStyleClass().add("text-muted");
                box.getChildren().add(hint);
            }
            for (String note : d.notes()) {
                var noteLabel = value(note);
                noteLabel.getStyleClass().add("text-muted");
                box.getChildren().add(noteLabel);
            }
        }
        box.setId("environment-data");
        return section("mdi2d-database-outline", "environment.section.data", box);
    }

    private Node section(String iconCode, String titleKey, Node body) {
        var title = new Label(i18n.get(titleKey), new FontIcon(iconCode));
        title.getStyleClass().addAll("title-4", "environment-section-title");
        var box = new VBox(8, title, body);
        box.getStyleClass().add("environment-section");
        box.setPadding(new Insets(16));
        return box;
    }

    private GridPane grid() {
        var grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(fixed(), growing());
        return grid;
    }

    private int pair(GridPane grid, int row, String key, String value) {
        var name = new Label(i18n.get(key));
        name.getStyleClass().add("environment-key");
        name.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(name, VPos.TOP);
        grid.addRow(row, name, value(value));
        return row + 1;
    }

    private static Label value(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.getStyleClass().add("environment-value");
        return label;
    }

    private static Node icon(boolean ok) {
        var icon = new FontIcon(ok ? "mdi2c-check-circle" : "mdi2c-close-circle-outline");
        icon.getStyleClass().add(ok ? "icon-ok" : "icon-missing");
        return icon;
    }

    private static Node message(String iconCode, String text) {
        var label = new Label(text, new FontIcon(iconCode));
        label.setWrapText(true);
        label.setId("environment-message");
        return label;
    }

    private static ColumnConstraints fixed() {
        var c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        c.setHgrow(Priority.NEVER);
        return c;
    }

    private static ColumnConstraints growing() {
        var c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(0);
        return c;
    }
}
