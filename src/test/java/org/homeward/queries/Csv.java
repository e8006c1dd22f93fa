package org.homeward.queries;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 and Jena's result writer have it: comma-separated fields, a field in double quotes
 * may hold commas, line breaks and doubled quotes, and records end in CRLF or LF. A quote that spans lines
 * therefore stays one cell, so result rows compare as rows rather than as lines of text.
 */
public final class Csv {

    private Csv() {}

    /** The records of {@code text}, each a list of its fields; a final line break ends the last record. */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
