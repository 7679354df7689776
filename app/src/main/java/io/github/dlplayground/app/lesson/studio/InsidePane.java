package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.spec.DropoutSpec;
import io.github.dlplayground.engine.spec.NetworkSpec;
import io.github.dlplayground.engine.tensor.Shape;
import io.github.dlplayground.visuals.dropout.DropoutSnapshot;
import io.github.dlplayground.visuals.dropout.DropoutView;
import io.github.dlplayground.visuals.featuremaps.FeatureMapsView;
import io.github.dlplayground.visuals.featuremaps.Tile;
import io.github.dlplayground.visuals.featuremaps.TileSection;
import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.layerstats.LayerStatsHistory;
import io.github.dlplayground.visuals.layerstats.LayerStatsTexts;
import io.github.dlplayground.visuals.layerstats.LayerStatsView;
import io.github.dlplayground.visuals.network.BlockFormat;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inside the network, from the engine's numbers: per-layer statistics and gradient norms over training time
 * (vanishing gradients show as dark early rows), the watched Dropout layer's mask and scaling, and the learned
 * Conv2d kernels with every layer's feature maps for one chosen image. FX thread only.
 */
final class InsidePane {
    private final I18n i18n;
    private final LayerStatsHistory history = new LayerStatsHistory(400);
    private final LayerStatsView stats = new LayerStatsView(history);
    private final DropoutView dropout = new DropoutView();
    private final Label dropoutText = new Label();
    private final FeatureMapsView maps = new FeatureMapsView();
    private final Label mapsTitle = new Label();
    private final VBox layersTab;
    private final SplitPane split;
    private final VBox dropoutBox;
    private final VBox mapsTab;
    private List<String> names = List.of();
    private NetworkSpec runSpec;
    private InsideSnapshot lastSnapshot;
    private DropoutSnapshot lastDropout;
    private String watchedName;

    InsidePane(I18n i18n) {
        this.i18n = i18n;
        dropoutText.setWrapText(true);
        stats.setMinHeight(120);
        dropout.setMinHeight(120);
        dropoutText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dropout.setMinHeight(80);
        var statsScroll = new ScrollPane(stats);
        statsScroll.setFitToWidth(true);
        VBox.setVgrow(dropout, Priority.ALWAYS);
        dropoutBox = new VBox(8, dropout);
        split = new SplitPane(statsScroll);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        VBox.setVgrow(split, Priority.ALWAYS);
        layersTab = new VBox(8, split, dropoutText);
        showDropoutView(false);
        var scroll = new ScrollPane(maps);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        mapsTitle.setWrapText(true);
        mapsTab = new VBox(8, mapsTitle, scroll);
        i18n.localeProperty().addListener(o -> retranslate());
        retranslate();
    }

    VBox layersTab() {
        return layersTab;
    }

    VBox mapsTab() {
        return mapsTab;
    }

    LayerStatsHistory history() {
        return history;
    }

    FeatureMapsView featureMaps() {
        return maps;
    }

    DropoutView dropoutView() {
        return dropout;
    }

    void setPalette(Palette p, double scale) {
        stats.paletteProperty().set(p);
        dropout.paletteProperty().set(p);
        maps.paletteProperty().set(p);
        stats.scaleProperty().set(scale);
        dropout.scaleProperty().set(scale);
        maps.scaleProperty().set(scale);
    }

    /** A run (or a loaded model) begins: names for its layers, statistics start afresh. */
    void startRun(NetworkSpec spec, boolean continued) {
        runSpec = spec;
        names = new ArrayList<>();
        for (int i = 0; i < spec.layers().size(); i++) {
            names.add((i + 1) + " " + spec.layers().get(i).displayName());
        }
        if (!continued) {
            history.clear();
        }
    }

    /** The block selected in the design: a Dropout block is watched (its name is shown). */
    void watch(NetworkSpec design, int selected) {
        boolean isDropout = selected >= 0 && selected < design.layers().size()
                && design.layers().get(selected) instanceof DropoutSpec;
        watchedName = isDropout ? (selected + 1) + " Dropout" : null;
        showDropoutView(isDropout);
        if (!isDropout) {
            lastDropout = null;
            dropout.snapshotProperty().set(null);
        }
        retranslate();
    }

    /** With a Dropout block watched, the tab splits: statistics above, the dropout view with its sentence below. */
    private void showDropoutView(boolean visible) {
        if (visible && split.getItems().size() == 1) {
            layersTab.getChildren().remove(dropoutText);
            dropoutBox.getChildren().add(0, dropoutText);
            split.getItems().add(dropoutBox);
            split.setDividerPositions(0.4);
        } else if (!visible && split.getItems().size() == 2) {
            split.getItems().remove(dropoutBox);
            dropoutBox.getChildren().remove(dropoutText);
            layersTab.getChildren().add(dropoutText);
        }
    }

    void show(InsideSnapshot s) {
        lastSnapshot = s;
        if (s.statistics() != null && s.statistics().size() == names.size()) {
            history.add(new LayerStatsHistory.Snapshot(s.step(), names, s.statistics()));
        }
        showMaps(s);
    }

    private void showMaps(InsideSnapshot s) {
        maps.sectionsProperty().set(sections(s));
        mapsTitle.setText(s.imageIndex() < 0 ? i18n.get("studio.inside.noImage")
                : i18n.get("studio.inside.mapsTitle", s.imageIndex() + 1));
    }

    void show(DropoutSnapshot s) {
        if (watchedName == null) {
            return;
        }
        lastDropout = s;
        dropout.snapshotProperty().set(s);
        dropoutText.setText(dropoutSentence(s));
    }

    private String dropoutSentence(DropoutSnapshot s) {
        double[] means = s.means();
        return i18n.get("studio.dropout.summary", s.layer(), BlockFormat.trim(s.p()), s.zeroed(), s.units(),
                s.alreadyZero(), BlockFormat.trim(Math.round(s.expectedScale() * 1000) / 1000.0),
                fmt(s.measuredScale()), fmt(means[0]), fmt(means[1]));
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    private List<TileSection> sections(InsideSnapshot s) {
        List<TileSection> out = new ArrayList<>();
        if (s.image() != null && runSpec != null) {
            Shape in = runSpec.input();
            int rows = in.rank() == 3 ? in.dim(1) : 1;
            int cols = in.rank() == 3 ? in.dim(2) : in.size();
            out.add(new TileSection(i18n.get("studio.inside.input", s.imageIndex() + 1), 1,
                    List.of(new Tile(s.image(), rows, cols)), TileSection.Scale.GREY));
        }
        for (InsideSnapshot.Kernels k : s.kernels()) {
            int o = k.shape().dim(0);
            int c = k.shape().dim(1);
            int kh = k.shape().dim(2);
            int kw = k.shape().dim(3);
            List<Tile> tiles = new ArrayList<>();
            for (int i = 0; i < o * c; i++) {
                float[] v = new float[kh * kw];
                System.arraycopy(k.weight(), i * kh * kw, v, 0, kh * kw);
                tiles.add(new Tile(v, kh, kw));
            }
            out.add(new TileSection(i18n.get("studio.inside.kernels", name(k.layer()), o, c, kh + "×" + kw),
                    Math.min(c, 16) == 1 ? Math.min(o, 16) : c, tiles, TileSection.Scale.SIGNED));
        }
        for (InsideSnapshot.FeatureMap m : s.maps()) {
            if (m.shape().rank() != 3) {
                continue;
            }
            int ch = m.shape().dim(0);
            List<Tile> tiles = new ArrayList<>();
            for (int c = 0; c < ch; c++) {
                tiles.add(Tile.channel(m.values(), 0, c, m.shape().dim(1), m.shape().dim(2)));
            }
            out.add(new TileSection(i18n.get("studio.inside.map", name(m.layer()), m.shape().toString()),
                    Math.min(ch, 8), tiles, TileSection.Scale.MAGNITUDE));
        }
        return out;
    }

    private String name(int layer) {
        return layer < names.size() ? names.get(layer) : Integer.toString(layer + 1);
    }

    private void retranslate() {
        stats.textsProperty().set(new LayerStatsTexts(i18n.get("studio.inside.layer"),
                i18n.get("studio.inside.activation"), i18n.get("studio.inside.zeros"), i18n.get("studio.inside.gradient"),
                i18n.get("studio.inside.statsEmpty")));
        dropout.titlesProperty().set(List.of(i18n.get("studio.dropout.input"), i18n.get("studio.dropout.train"),
                i18n.get("studio.dropout.eval")));
        dropout.emptyTextProperty().set(i18n.get(watchedName == null ? "studio.dropout.select"
                : "studio.dropout.waiting"));
        if (lastDropout != null && watchedName != null) {
            dropoutText.setText(dropoutSentence(lastDropout));
        } else {
            dropoutText.setText(i18n.get("studio.dropout.explain"));
        }
        maps.emptyTextProperty().set(i18n.get("studio.inside.mapsEmpty"));
        if (lastSnapshot != null) {
            showMaps(lastSnapshot);
        } else {
            mapsTitle.setText(i18n.get("studio.inside.noImage"));
        }
    }
}
