package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.train.Divergence;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.DoubleConsumer;

/**
 * Shown when training DIVERGED: where the loss became NaN or ∞, why (a learning rate too high for the
 * optimizer) and one click to train again with the learning rate divided by 10. Hidden otherwise. FX thread only.
 */
final class DivergenceBar extends HBox {
    private final I18n i18n;
    private final Label text = new Label();
    private final Button retry;
    private Divergence divergence;

    DivergenceBar(I18n i18n, DoubleConsumer retryWithLr) {
        super(8);
        this.i18n = i18n;
        getStyleClass().add("studio-divergence");
        setStyle("-fx-padding: 6 8 6 8; -fx-background-color: -color-danger-subtle; -fx-background-radius: 6;");
        text.setWrapText(true);
        text.setGraphic(new FontIcon("mdi2a-alert-octagon-outline"));
        retry = StudioUi.button(i18n, "mdi2r-restart", "studio.diverged.retry", "studio.diverged.retry.tip");
        retry.setOnAction(e -> {
            if (divergence != null) {
                double lr = divergence.suggestedLr();
                show(null);
                retryWithLr.accept(lr);
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(text, retry);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        i18n.localeProperty().addListener(o -> show(divergence));
        show(null);
    }

    Label textLabel() {
        return text;
    }

    Button retryButton() {
        return retry;
    }

    /** Shows a divergence, or hides the bar with null. */
    void show(Divergence d) {
        divergence = d;
        setVisible(d != null);
        setManaged(d != null);
        if (d != null) {
            String loss = Double.isNaN(d.loss()) ? "NaN" : d.loss() > 0 ? "∞" : "−∞";
            text.setText(i18n.get("studio.diverged", loss, d.step(), d.epoch(), d.batch(), number(d.lr()),
                    d.optimizer(), number(d.suggestedLr())));
        }
    }

    static String number(double v) {
        return Numbers.format(v);
    }
}
