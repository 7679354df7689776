package io.github.dlplayground.app.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The line at the bottom of the window: a message on the left (information or a warning), and on the
 * right the matrix backend and the data source in use. FX thread only.
 */
public final class StatusLine {
    private final HBox root;
    private final Label message = new Label();
    private final Label backend = new Label();
    private final Label dataSource = new Label();
    private final FontIcon messageIcon = new FontIcon("mdi2i-information-outline");

    public StatusLine(I18n i18n) {
        message.setGraphic(messageIcon);
        message.setMinWidth(0);
        message.setTooltip(new Tooltip());
        message.getTooltip().textProperty().bind(message.textProperty());
        message.setId("status-message");
        backend.setGraphic(new FontIcon("mdi2c-chip"));
        backend.setId("status-backend");
        backend.setMinWidth(Region.USE_PREF_SIZE);
        dataSource.setGraphic(new FontIcon("mdi2d-database-outline"));
        dataSource.setId("status-data");
        dataSource.setMinWidth(0);
        backend.setTooltip(new Tooltip());
        dataSource.setTooltip(new Tooltip());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        root = new HBox(8, message, spacer, backend, new Separator(Orientation.VERTICAL), dataSource);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 8, 4, 8));
        root.getStyleClass().add("status-line");
        showMessage(i18n.get("shell.status.ready"));
    }

    public Node node() {
        return root;
    }

    /** Shows an informational message on the left. */
    public void showMessage(String text) {
        message.setText(text);
        messageIcon.setIconLiteral("mdi2i-information-outline");
        message.getStyleClass().removeAll("warning");
    }

    /** Shows a warning on the left (e.g. a settings file that could not be read). */
    public void showWarning(String text) {
        message.setText(text);
        messageIcon.setIconLiteral("mdi2a-alert-outline");
        if (!message.getStyleClass().contains("warning")) {
            message.getStyleClass().add("warning");
        }
    }

    public String message() {
        return message.getText();
    }

    /** The backend in use, short text with details in its tooltip. */
    public void setBackend(String text, String details) {
        backend.setText(text);
        backend.getTooltip().setText(details);
    }

    /** The data source in use, short text with details in its tooltip. */
    public void setDataSource(String text, String details) {
        dataSource.setText(text);
        dataSource.getTooltip().setText(details);
    }

    public String backendText() {
        return backend.getText();
    }

    public String dataSourceText() {
        return dataSource.getText();
    }
}
