package io.github.dlplayground.app.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HomeworkNotebookTest {
    @Test
    void hyperparametersReadAsPeopleWriteThem() {
        assertThat(HomeworkNotebook.number(0.1)).isEqualTo("0.1");
        assertThat(HomeworkNotebook.number(0.9)).isEqualTo("0.9");
        assertThat(HomeworkNotebook.number(1.0)).isEqualTo("1");
        assertThat(HomeworkNotebook.number(0)).isEqualTo("0");
        assertThat(HomeworkNotebook.number(0.0001)).isEqualTo("0.0001");
        assertThat(HomeworkNotebook.number(1e-8)).isEqualTo("1e-8");
        assertThat(HomeworkNotebook.number(2.5e-6)).isEqualTo("2.5e-6");
        assertThat(HomeworkNotebook.count(61706)).isEqualTo("61,706");
    }

    @Test
    void fileNamesKeepLettersAndDigitsOfAnyScript() {
        assertThat(ExportRun.fileBase("LeNet with ReLU")).isEqualTo("LeNet-with-ReLU");
        assertThat(ExportRun.fileBase("我的网络 v2")).isEqualTo("我的网络-v2");
        assertThat(ExportRun.fileBase(" / ")).isEqualTo("network");
    }
}
