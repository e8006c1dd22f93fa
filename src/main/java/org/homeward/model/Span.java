package org.homeward.model;

/**
 * A stretch of a document's text: {@code text.substring(start, end)} equals {@code quote}.
 * Offsets count UTF-16 code units of the text as stored, as {@link String#substring} does.
 */
public record Span(int start, int end, String quote) {

    /** Checks that the offsets are ordered and agree with the quote's length. */
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span offsets out of order: " + start + ".." + end);
        }
        if (quote == null || quote.length() != end - start) {
            throw new IllegalArgumentException("span quote does not match offsets " + start + ".." + end);
        }
    }

    /** The span of {@code text} between the two offsets. */
    public static Span of(String text, int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }

    /** Whether this span lies wholly inside {@code other}. */
    public boolean within(Span other) {
        return start >= other.start && end <= other.end;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
