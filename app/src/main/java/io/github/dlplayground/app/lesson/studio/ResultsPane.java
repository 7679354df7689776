package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.data.Dataset;
import io.github.dlplayground.engine.train.ConfusionMatrix;
import io.github.dlplayground.visuals.confusion.ClassAccuracyView;
import io.github.dlplayground.visuals.confusion.ConfusionData;
import io.github.dlplayground.visuals.confusion.ConfusionMatrixView;
import io.github.dlplayground.visuals.confusion.MatrixCell;
import io.github.dlplayground.visuals.fx.Palette;
import io.github.dlplayground.visuals.gallery.GalleryItem;
import io.github.dlplayground.visuals.gallery.GalleryView;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * After each epoch: the confusion matrix heat map (click a cell for the images of that true/predicted pair),
 * per-class accuracy bars and a gallery of evaluated images with the predicted class and its probability, red
 * where wrong (click one to see its feature maps). All numbers are the engine's. FX thread only.
 */
final class ResultsPane extends SplitPane {
    static final int GALLERY_SIZE = 30;
    static final int CELL_LIMIT = 60;

    private final I18n i18n;
    private final ConfusionMatrixView matrix = new ConfusionMatrixView();
    private final ClassAccuracyView classes = new ClassAccuracyView();
    private final GalleryView gallery = new GalleryView();
    private final Label galleryTitle = new Label();
    private final CheckBox onlyWrong = new CheckBox();
    private final Button showAll;
    private EpochReport report;

    ResultsPane(I18n i18n, IntConsumer imageChosen) {
        this.i18n = i18n;
        getStyleClass().add("studio-results");
        matrix.setMinSize(180, 180);
        classes.setMinHeight(120);
        classes.setPrefHeight(190);
        onlyWrong.textProperty().bind(i18n.bind("studio.results.onlyWrong"));
        StudioUi.tip(onlyWrong, i18n, "studio.results.onlyWrong.tip");
        onlyWrong.selectedProperty().addListener(o -> showGallery());
        showAll = StudioUi.button(i18n, "mdi2v-view-grid", "studio.results.showAll", "studio.results.showAll.tip");
        showAll.getStyleClass().add("small");
        showAll.setOnAction(e -> matrix.selectedProperty().set(null));
        matrix.selectedProperty().addListener(o -> showGallery());
        gallery.selectedProperty().addListener((o, a, item) -> {
            if (item != null) {
                imageChosen.accept(item.index());
            }
        });
        galleryTitle.setWrapText(true);
        var scroll = new ScrollPane(gallery);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        galleryTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        var controls = new HBox(16, onlyWrong, showAll);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var right = new VBox(6, classes, galleryTitle, controls, scroll);
        getItems().addAll(matrix, right);
        setDividerPositions(0.45);
        i18n.localeProperty().addListener(o -> retranslate());
        retranslate();
    }

    ConfusionMatrixView matrix() {
        return matrix;
    }

    GalleryView gallery() {
        return gallery;
    }

    ClassAccuracyView classAccuracy() {
        return classes;
    }

    void setPalette(Palette p, double scale) {
        matrix.paletteProperty().set(p);
        classes.paletteProperty().set(p);
        gallery.paletteProperty().set(p);
        matrix.scaleProperty().set(scale);
        classes.scaleProperty().set(scale);
        gallery.scaleProperty().set(scale);
        classes.setPrefHeight(190 * scale);
    }

    /** Forgets the shown epoch (a new run starts). */
    void clear() {
        report = null;
        matrix.selectedProperty().set(null);
        matrix.dataProperty().set(null);
        classes.dataProperty().set(null);
        gallery.items().clear();
        retranslate();
    }

    void show(EpochReport r) {
        report = r;
        List<String> names = classNames(r.evalSet());
        ConfusionMatrix c = r.evaluation().confusion();
        int k = c.classes();
        int[][] counts = new int[k][k];
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                counts[t][p] = (int) c.count(t, p);
            }
        }
        matrix.dataProperty().set(new ConfusionData(counts, names));
        classes.dataProperty().set(new ClassAccuracyView.Data(c.perClassAccuracy(), names, c.accuracy()));
        showGallery();
    }

    private List<String> classNames(Dataset d) {
        return d.kind().classNames(i18n.isChinese() ? "zh" : "en");
    }

    private void showGallery() {
        if (report == null) {
            gallery.items().clear();
            galleryTitle.setText(i18n.get("studio.results.galleryEmpty"));
            return;
        }
        Dataset d = report.evalSet();
        List<String> names = classNames(d);
        gallery.classNamesProperty().set(names);
        MatrixCell cell = matrix.selectedProperty().get();
        List<GalleryItem> items = new ArrayList<>();
        int matching = 0;
        for (int i = 0; i < d.size(); i++) {
            int t = d.label(i);
            int p = report.predicted()[i];
            boolean wanted = cell == null ? !onlyWrong.isSelected() || t != p
                    : t == cell.trueClass() && p == cell.predicted();
            if (!wanted) {
                continue;
            }
            matching++;
            if (items.size() < (cell == null ? GALLERY_SIZE : CELL_LIMIT)) {
                items.add(new GalleryItem(i, d.image(i), d.rows(), d.cols(), t, p, report.probability()[i]));
            }
        }
        gallery.items().setAll(items);
        showAll.setVisible(cell != null);
        onlyWrong.setDisable(cell != null);
        galleryTitle.setText(cell == null
                ? i18n.get("studio.results.galleryFirst", items.size(), i18n.get("studio.curves." + d.name()))
                : i18n.get("studio.results.galleryCell", names.get(cell.trueClass()), names.get(cell.predicted()),
                matching, items.size()));
    }

    private void retranslate() {
        matrix.trueTitleProperty().set(i18n.get("studio.results.trueClass"));
        matrix.predictedTitleProperty().set(i18n.get("studio.results.predictedClass"));
        matrix.emptyTextProperty().set(i18n.get("studio.results.empty"));
        classes.emptyTextProperty().set(i18n.get("studio.results.empty"));
        gallery.emptyTextProperty().set(i18n.get("studio.results.empty"));
        gallery.truePrefixProperty().set(i18n.get("studio.results.truePrefix"));
        if (report != null) {
            show(report);
        } else {
            showGallery();
        }
    }
}
