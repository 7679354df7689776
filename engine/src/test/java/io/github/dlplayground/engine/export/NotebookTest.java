package io.github.dlplayground.engine.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotebookTest {
    @Test
    void cellsKeepTheirIdsLinesAndOutputs() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        var nb = new Notebook()
                .markdown("title", "# 标题\n\nText")
                .code("train", "x = 1\nprint(x)\n", new Notebook.Stream("stdout", "1\n2\n"),
                        new Notebook.Image(png, "<curves>"));
        JsonNode root = new ObjectMapper().readTree(nb.toJson());

        assertThat(root.get("nbformat").asInt()).isEqualTo(4);
        assertThat(root.get("nbformat_minor").asInt()).isEqualTo(5);
        assertThat(root.at("/metadata/kernelspec/name").asText()).isEqualTo("python3");
        JsonNode title = root.at("/cells/0");
        assertThat(title.get("cell_type").asText()).isEqualTo("markdown");
        assertThat(title.get("id").asText()).isEqualTo("title");
        assertThat(title.get("source")).extracting(JsonNode::asText).containsExactly("# 标题\n", "\n", "Text");
        assertThat(title.has("outputs")).isFalse();
        JsonNode code = root.at("/cells/1");
        assertThat(code.get("execution_count").isNull()).isTrue();
        assertThat(code.get("source")).extracting(JsonNode::asText).containsExactly("x = 1\n", "print(x)\n");
        assertThat(code.at("/outputs/0/output_type").asText()).isEqualTo("stream");
        assertThat(code.at("/outputs/0/text")).extracting(JsonNode::asText).containsExactly("1\n", "2\n");
        assertThat(code.at("/outputs/1/output_type").asText()).isEqualTo("display_data");
        assertThat(Base64.getDecoder().decode(code.at("/outputs/1/data/image~1png").asText())).isEqualTo(png);
        assertThat(nb.cellIds()).containsExactly("title", "train");
    }

    @Test
    void badOrRepeatedCellIdsAreRefused() {
        var nb = new Notebook().markdown("a", "x");
        assertThatThrownBy(() -> nb.markdown("a", "y")).hasMessageContaining("used twice");
        assertThatThrownBy(() -> nb.markdown("with space", "y")).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> nb.markdown("x".repeat(65), "y")).hasMessageContaining("1–64");
        assertThatThrownBy(() -> new Notebook.Stream("stdin", "")).hasMessageContaining("stdout or stderr");
    }
}
