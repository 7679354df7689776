package io.github.dlplayground.app.shell;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;

/**
 * The current settings as observable properties: language ("en" or "zh"), dark theme, presenter mode,
 * matrix backend ("auto" or a backend name) and the user's Fashion-MNIST / MNIST data folder (null when
 * unset). Lessons read {@link #backend()} and {@link #dataFolder()}; the shell changes the values and
 * stores them through {@link SettingsData}. FX thread only.
 */
public final class AppSettings {
    private final StringProperty language = new SimpleStringProperty(this, "language");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty presenter = new SimpleBooleanProperty(this, "presenter");
    private final StringProperty backend = new SimpleStringProperty(this, "backend");
    private final ObjectProperty<Path> dataFolder = new SimpleObjectProperty<>(this, "dataFolder");

    public AppSettings(String language, boolean dark, boolean presenter, String backend, Path dataFolder) {
        this.language.set(language);
        this.dark.set(dark);
        this.presenter.set(presenter);
        this.backend.set(backend);
        this.dataFolder.set(dataFolder);
    }

    public static AppSettings defaults() {
        return of(SettingsData.defaults());
    }

    public static AppSettings of(SettingsData data) {
        var settings = new AppSettings("en", false, false, SettingsData.AUTO_BACKEND, null);
        settings.apply(data);
        return settings;
    }

    /** Takes every value from the stored form (invalid fields become their defaults). */
    public void apply(SettingsData data) {
        var valid = data.normalised();
        language.set(valid.language());
        dark.set(valid.dark());
        presenter.set(valid.presenterMode());
        backend.set(valid.backend());
        dataFolder.set(valid.dataFolderPath());
    }

    /** The stored form of the current values. */
    public SettingsData toData() {
        Path folder = dataFolder.get();
        return new SettingsData(language.get(), dark.get() ? "dark" : "light", presenter.get(), backend.get(),
                folder == null ? null : folder.toString());
    }

    /** Calls the listener whenever any setting changes. */
    public void addListener(InvalidationListener listener) {
        for (var property : new Observable[] {language, dark, presenter, backend, dataFolder}) {
            property.addListener(listener);
        }
    }

    public String language() {
        return language.get();
    }

    public StringProperty languageProperty() {
        return language;
    }

    public boolean dark() {
        return dark.get();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean presenter() {
        return presenter.get();
    }

    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** "auto" or the name of the matrix backend the user chose. */
    public String backend() {
        return backend.get();
    }

    public StringProperty backendProperty() {
        return backend;
    }

    /** The folder the user chose for Fashion-MNIST / MNIST files, or null. */
    public Path dataFolder() {
        return dataFolder.get();
    }

    public ObjectProperty<Path> dataFolderProperty() {
        return dataFolder;
    }
}
