package io.github.dlplayground.app.export;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table (Jupyter renders these): a header row, alignment row and body rows. */
final class MarkdownTable {
    private final List<String> header;
    private final List<Boolean> rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** {@code right[i]} aligns column i to the right (numbers). */
    MarkdownTable(List<String> header, List<Boolean> right) {
        this.header = List.copyOf(header);
        this.rightAligned = List.copyOf(right);
    }

    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + header.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    @Override
    public String toString() {
        var sb = new StringBuilder();
        line(sb, header);
        sb.append('|');
        for (boolean right : rightAligned) {
            sb.append(right ? "---:|" : "---|");
        }
        sb.append('\n');
        for (List<String> r : rows) {
            line(sb, r);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(escape(c)).append(" |");
        }
        sb.append('\n');
    }

    /** Pipes would end a cell and newlines a row. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
