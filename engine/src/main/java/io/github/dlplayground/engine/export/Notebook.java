package io.github.dlplayground.engine.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Jupyter notebook in nbformat 4.5 for a Python 3 kernel: markdown cells and code cells, each with a unique id
 * (nbformat's pattern [a-zA-Z0-9-_]{1,64}), code cells unexecuted (execution_count null) but with outputs that
 * were produced elsewhere: text streams and PNG images (display_data). Sources are stored as lists of lines, as
 * Jupyter writes them. Built once, then {@link #toJson()}.
 */
public final class Notebook {
    /** nbformat's cell-id rule. */
    public static final Pattern CELL_ID = Pattern.compile("^[a-zA-Z0-9-_]{1,64}$");

    /** Something a code cell shows below itself. */
    public sealed interface Output permits Stream, Image {
    }

    /**
     * Printed text.
     *
     * @param name "stdout" or "stderr"
     */
    public record Stream(String name, String text) implements Output {
        public Stream {
            if (!name.equals("stdout") && !name.equals("stderr")) {
                throw new IllegalArgumentException("a stream is stdout or stderr, not " + name);
            }
        }
    }

    /** A PNG picture with a plain-text stand-in for front ends that show no images. */
    public record Image(byte[] png, String altText) implements Output {
    }

    private record Cell(String id, String type, String source, List<Output> outputs) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<Cell> cells = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    public Notebook markdown(String id, String text) {
        return add(new Cell(id, "markdown", text, List.of()));
    }

    public Notebook code(String id, String source, Output... outputs) {
        return add(new Cell(id, "code", source, List.of(outputs)));
    }

    private Notebook add(Cell cell) {
        if (!CELL_ID.matcher(cell.id()).matches()) {
            throw new IllegalArgumentException("cell id '" + cell.id() + "' must be 1–64 letters, digits, - or _");
        }
        if (!ids.add(cell.id())) {
            throw new IllegalArgumentException("cell id '" + cell.id() + "' is used twice");
        }
        cells.add(cell);
        return this;
    }

    /** The cell ids in order. */
    public List<String> cellIds() {
        return cells.stream().map(Cell::id).toList();
    }

    /** The notebook as a JSON tree. */
    public ObjectNode toTree() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("cells");
        for (Cell c : cells) {
            ObjectNode cell = array.addObject();
            cell.put("cell_type", c.type());
            cell.put("id", c.id());
            cell.putObject("metadata");
            cell.set("source", lines(c.source()));
            if (c.type().equals("code")) {
                cell.putNull("execution_count");
                ArrayNode outputs = cell.putArray("outputs");
                for (Output o : c.outputs()) {
                    outputs.add(output(o));
                }
            }
        }
        ObjectNode metadata = root.putObject("metadata");
        ObjectNode kernel = metadata.putObject("kernelspec");
        kernel.put("display_name", "Python 3");
        kernel.put("language", "python");
        kernel.put("name", "python3");
        ObjectNode language = metadata.putObject("language_info");
        language.put("name", "python");
        language.put("file_extension", ".py");
        language.put("mimetype", "text/x-python");
        root.put("nbformat", 4);
        root.put("nbformat_minor", 5);
        return root;
    }

    /** UTF-8 JSON, indented by one space as Jupyter writes it, ending in a newline. */
    public byte[] toJson() {
        var printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        try {
            String text = MAPPER.writer(printer).writeValueAsString(toTree());
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notebook could not be written as JSON", e);
        }
    }

    private static ObjectNode output(Output o) {
        ObjectNode out = MAPPER.createObjectNode();
        if (o instanceof Stream s) {
            out.put("output_type", "stream");
            out.put("name", s.name());
            out.set("text", lines(s.text()));
        } else if (o instanceof Image i) {
            out.put("output_type", "display_data");
            ObjectNode data = out.putObject("data");
            data.put("image/png", Base64.getEncoder().encodeToString(i.png()));
            data.set("text/plain", lines(i.altText()));
            out.putObject("metadata");
        }
        return out;
    }

    /** Jupyter's multiline string: a list of lines, each but the last ending in "\n". */
    static ArrayNode lines(String text) {
        ArrayNode out = MAPPER.createArrayNode();
        String t = text.replace("\r\n", "\n");
        int start = 0;
        while (start < t.length()) {
            int end = t.indexOf('\n', start);
            if (end < 0) {
                out.add(t.substring(start));
                break;
            }
            out.add(t.substring(start, end + 1));
            start = end + 1;
        }
        return out;
    }
}
