package io.github.dlplayground.app.lesson.convolution;

import atlantafx.base.theme.Styles;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.data.DataException;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.visuals.convolution.ClassicKernel;
import io.github.dlplayground.visuals.convolution.ConvolutionModel;
import io.github.dlplayground.visuals.convolution.Fills;
import io.github.dlplayground.visuals.convolution.Picture;
import io.github.dlplayground.visuals.convolution.SettingsProblem;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Buttons that fill the grids: the book's example, random small integers, a 1×1 convolution, and a picture
 * (the book's stripe picture or a Fashion-MNIST test image from the shipped sample) under a classic kernel.
 * The sample is read on a worker thread when the lesson opens. FX thread only, except that reading.
 */
final class FillControls {
    enum PictureChoice { BOOK, FASHION }

    private final ConvolutionModel model;
    private final I18n i18n;
    private final LocaleWatch locale;
    private final StringProperty pictureNote;
    private final SplittableRandom random = new SplittableRandom();
    private final ComboBox<PictureChoice> picture = new ComboBox<>(FXCollections.observableArrayList(
            PictureChoice.values()));
    private final ComboBox<ClassicKernel> kernel = new ComboBox<>(FXCollections.observableArrayList(
            ClassicKernel.values()));
    private final Button apply;
    private final Button next;
    private final Label message = new Label();
    private final VBox node;
    private volatile FashionSamples samples;
    private volatile String loadError;
    private int sampleIndex;
    private Runnable noteUpdater = () -> { };

    FillControls(ConvolutionModel model, LocaleWatch locale, StringProperty pictureNote) {
        this.model = model;
        this.locale = locale;
        this.i18n = locale.i18n();
        this.pictureNote = pictureNote;
        Button book = Widgets.button(i18n, "convolution.fill.book", "mdi2b-book-open-variant");
        Button randomInts = Widgets.button(i18n, "convolution.fill.random", "mdi2d-dice-5");
        Button oneByOne = Widgets.button(i18n, "convolution.fill.oneByOne", "mdi2n-numeric-1-box-outline");
        apply = Widgets.button(i18n, "convolution.fill.apply", "mdi2i-image");
        next = Widgets.button(i18n, "convolution.fill.next", "mdi2i-image-refresh");
        book.setId("conv-fill-book");
        randomInts.setId("conv-fill-random");
        oneByOne.setId("conv-fill-1x1");
        apply.setId("conv-fill-picture");
        Runnable noNote = () -> pictureNote.set("");
        book.setOnAction(e -> show(Fills.bookExample(model), noNote));
        randomInts.setOnAction(e -> {
            Fills.randomIntegers(model, random);
            show(Optional.empty(), noNote);
        });
        oneByOne.setOnAction(e -> show(Fills.oneByOne(model, random), noNote));
        apply.setOnAction(e -> applyPicture());
        next.setOnAction(e -> {
            sampleIndex = (sampleIndex + 1) % Math.max(1, samples == null ? 1 : samples.count());
            applyPicture();
        });
        picture.setValue(PictureChoice.FASHION);
        kernel.setValue(ClassicKernel.EDGE);
        picture.setTooltip(Widgets.tooltip(i18n, "convolution.fill.picture.tooltip"));
        kernel.setTooltip(Widgets.tooltip(i18n, "convolution.fill.kernel.tooltip"));
        picture.setCellFactory(v -> new NamedCell<>(c -> c == PictureChoice.BOOK ? "convolution.picture.book"
                : "convolution.picture.fashion"));
        picture.setButtonCell(new NamedCell<>(c -> c == PictureChoice.BOOK ? "convolution.picture.book"
                : "convolution.picture.fashion"));
        kernel.setCellFactory(v -> new NamedCell<>(ClassicKernel::textKey));
        kernel.setButtonCell(new NamedCell<>(ClassicKernel::textKey));
        picture.setMaxWidth(Double.MAX_VALUE);
        kernel.setMaxWidth(Double.MAX_VALUE);
        picture.valueProperty().addListener(o -> updateButtons());
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.setManaged(false);
        var buttons = new FlowPane(8, 8, book, randomInts, oneByOne);
        node = new VBox(8, Widgets.title(i18n, "convolution.section.fill"), buttons,
                Widgets.text(i18n, "convolution.fill.picture"), picture,
                Widgets.text(i18n, "convolution.fill.kernel"), kernel, new FlowPane(8, 8, apply, next), message);
        locale.onChange(() -> noteUpdater.run());
        updateButtons();
        loadSamples();
    }

    Node node() {
        return node;
    }

    /** Waits for nothing: true once the Fashion-MNIST sample has been read (or failed). */
    boolean samplesSettled() {
        return samples != null || loadError != null;
    }

    ComboBox<PictureChoice> pictureChoice() {
        return picture;
    }

    ComboBox<ClassicKernel> kernelChoice() {
        return kernel;
    }

    void applyPicture() {
        if (picture.getValue() == PictureChoice.BOOK) {
            show(Fills.picture(model, Picture.bookStripes(), kernel.getValue()),
                    () -> pictureNote.set(i18n.get("convolution.picture.book.note")));
            return;
        }
        if (samples == null) {
            showError(loadError == null ? "" : i18n.get("convolution.picture.fashion.missing", loadError));
            return;
        }
        int index = sampleIndex;
        int label = samples.label(index);
        show(Fills.picture(model, samples.picture(index), kernel.getValue()),
                () -> pictureNote.set(i18n.get("convolution.picture.fashion.note", String.valueOf(index),
                        DatasetKind.FASHION_MNIST.className(label, i18n.isChinese() ? "zh" : "en"),
                        String.valueOf(samples.count()))));
    }

    private void show(Optional<SettingsProblem> problem, Runnable note) {
        if (problem.isEmpty()) {
            noteUpdater = note;
            noteUpdater.run();
        }
        showError(problem.map(p -> i18n.get("convolution.control.refused", i18n.get(p.key(), p.plainArgs())))
                .orElse(""));
    }

    private void showError(String text) {
        message.setText(text);
        message.setManaged(!text.isEmpty());
        message.setVisible(!text.isEmpty());
    }

    private void updateButtons() {
        boolean fashion = picture.getValue() == PictureChoice.FASHION;
        apply.setDisable(fashion && samples == null && loadError == null);
        next.setVisible(fashion);
        next.setDisable(samples == null);
    }

    private void loadSamples() {
        var thread = new Thread(() -> {
            try {
                samples = FashionSamples.load();
            } catch (DataException | RuntimeException e) {
                loadError = e.getMessage();
            }
            Platform.runLater(this::updateButtons);
        }, "fashion-sample-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private final class NamedCell<T> extends ListCell<T> {
        private final Function<T, String> key;

        NamedCell(Function<T, String> key) {
            this.key = key;
            locale.onChange(() -> updateItem(getItem(), isEmpty()));
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.get(key.apply(item)));
        }
    }
}
