package org.homeward.bench;

import java.util.ArrayList;
import java.util.List;

/** A table of figures with a title and the command that reproduces it, rendered as Markdown. */
public final class Table {

    private final String title;
    private final String command;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(String title, String command, List<String> header) {
        this.title = title;
        this.command = command;
        this.header = List.copyOf(header);
    }

    /** An empty table with the given title, reproducing command and column names. */
    public static Table of(String title, String command, String... header) {
        if (header.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column: " + title);
        }
        return new Table(title, command, List.of(header));
    }

    /** Adds a row, which must have one cell per column. */
    public Table row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("table '" + title + "' has " + header.size() + " columns, not "
                    + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The rows so far, each a list of cells. */
    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** The title as a heading, the command, and the table with its columns aligned. */
    public String render() {
        int[] widths = new int[header.size()];
        for (List<String> line : lines()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
        out.append("`").append(command).append("`\n\n");
        appendLine(out, header, widths);
        out.append('|');
        for (int width : widths) {
            out.append("-".repeat(width + 2)).append('|');
        }
        out.append('\n');
        rows.forEach(row -> appendLine(out, row, widths));
        return out.toString();
    }

    private List<List<String>> lines() {
        List<List<String>> lines = new ArrayList<>(rows);
        lines.add(header);
        return lines;
    }

    private static void appendLine(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            out.append(' ').append(cell).append(" ".repeat(widths[i] - cell.length())).append(" |");
        }
        out.append('\n');
    }
}
