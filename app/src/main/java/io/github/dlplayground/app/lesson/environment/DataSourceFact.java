package io.github.dlplayground.app.lesson.environment;

import java.util.List;

/**
 * Where one dataset comes from: the dataset ("Fashion-MNIST"), the kind of source ("SAMPLE", "USER_FOLDER",
 * "CACHE", "SYSTEM_PACKAGE", "DOWNLOAD"), its location, the image counts, one sentence in English and in
 * Chinese, how to get the full set ("" when it is the full set), and notes on sources tried before it.
 */
public record DataSourceFact(String dataset, String kind, String location, int trainCount, int testCount,
                             String describeEn, String describeZh, String hintEn, String hintZh,
                             List<String> notes) {
    public DataSourceFact {
        notes = List.copyOf(notes);
    }

    public String describe(boolean chinese) {
        return chinese ? describeZh : describeEn;
    }

    public String hint(boolean chinese) {
        return chinese ? hintZh : hintEn;
    }
}
