package org.homeward.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table written with vertical bars, one row a line, as situation reports paste them:
 * <pre>
 * | Camp | Households | Individuals |
 * |---|---|---|
 * | Kobe | 164 | 43 |
 * </pre>
 * The first line names the columns; a line of dashes under it is no row.
 *
 * @param start where the table's first line starts in the text
 * @param header the cells of the first line
 * @param rows the lines under it, each with its cells
 */
record PipeTable(int start, List<Cell> header, List<Row> rows) {

    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*\\|.*\\|[ \\t]*$");
    private static final Pattern RULE = Pattern.compile("[|:\\-\\s]+");

    /** A cell's text, trimmed, and its offsets in the document. */
    record Cell(String text, int start, int end) {}

    /** A row's line (from its first bar to its last) and its cells. */
    record Row(int start, int end, List<Cell> cells) {}

    /** The tables of the text, in order; a table needs a header and at least one row. */
    static List<PipeTable> find(String text) {
        List<PipeTable> tables = new ArrayList<>();
        List<Row> lines = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            if (previousEnd >= 0 && !text.substring(previousEnd, m.start()).equals("\n")) {
                add(tables, lines);
            }
            lines.add(row(text, m.start(), m.end()));
            previousEnd = m.end();
        }
        add(tables, lines);
        return tables;
    }

    private static void add(List<PipeTable> tables, List<Row> lines) {
        List<Row> rows = lines.stream().skip(1).filter(r -> !isRule(r)).toList();
        if (!rows.isEmpty()) {
            tables.add(new PipeTable(lines.get(0).start(), lines.get(0).cells(), rows));
        }
        lines.clear();
    }

    private static boolean isRule(Row row) {
        return row.cells().stream().allMatch(c -> RULE.matcher(c.text()).matches());
    }

    private static Row row(String text, int from, int to) {
        int first = text.indexOf('|', from);
        int last = text.lastIndexOf('|', to - 1);
        List<Cell> cells = new ArrayList<>();
        int cellStart = first + 1;
        for (int bar = text.indexOf('|', cellStart); bar >= 0 && bar <= last; bar = text.indexOf('|', cellStart)) {
            cells.add(cell(text, cellStart, bar));
            cellStart = bar + 1;
        }
        return new Row(first, last + 1, cells);
    }

    private static Cell cell(String text, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Cell(text.substring(start, end), start, end);
    }
}
