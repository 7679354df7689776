package io.github.dlplayground.app.lesson.studio;

import io.github.dlplayground.app.lesson.LessonContext;
import io.github.dlplayground.app.lesson.LessonStage;
import io.github.dlplayground.app.shell.AppSettings;
import io.github.dlplayground.app.shell.I18n;
import io.github.dlplayground.engine.data.DatasetKind;
import io.github.dlplayground.engine.data.SampleData;
import io.github.dlplayground.engine.train.TrainingResult;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the studio's TestFX tests share: a lesson on the shipped sample data, answered dialogs, waiting. */
final class StudioTestSupport {
    /** Dialogs that answer from queues and record error messages. */
    static final class RecordingDialogs implements StudioDialogs {
        final Deque<Path> answers = new ArrayDeque<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public Optional<Path> chooseOpen(String kind) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> chooseSave(String kind, String suggested) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public void error(String title, String message) {
            errors.add(message);
        }
    }

    private StudioTestSupport() {
    }

    static LessonContext context(I18n i18n) {
        return new LessonContext(i18n, new SimpleBooleanProperty(false), new SimpleBooleanProperty(false),
                AppSettings.defaults());
    }

    static StudioData sampleData() {
        return new StudioData(() -> SampleData.standard().load(DatasetKind.FASHION_MNIST));
    }

    /**
     * The studio lesson on the sample data in a 1280×800 window of {@code stage}; every finished training run
     * is added to {@code results}.
     */
    static StudioLesson show(Stage stage, I18n i18n, StudioDialogs dialogs, List<TrainingResult> results) {
        var lesson = new StudioLesson(context(i18n), sampleData(), dialogs);
        lesson.studio().session().addListener(new TrainingSession.Listener() {
            @Override
            public void finished(TrainingResult result) {
                results.add(result);
            }
        });
        return LessonStage.show(stage, lesson);
    }

    /** Waits (polling, no fixed sleep) until the condition, read on the FX thread, holds. */
    static void await(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    /** Sets text fields of the training settings on the FX thread. */
    static void settings(FxRobot robot, StudioView studio, String... nameValue) {
        robot.interact(() -> {
            for (int i = 0; i < nameValue.length; i += 2) {
                studio.settings().field(nameValue[i]).setText(nameValue[i + 1]);
            }
        });
    }
}
