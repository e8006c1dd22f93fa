package org.homeward.io;

/**
 * Control characters in texts and sidecar values. Apart from tab, line feed and carriage return they
 * have no place in a news text, and RDF cannot carry all of them: XML 1.0 has no way to write a NUL, so a
 * quote holding one would make SPARQL XML results malformed. They are refused, never removed, so that
 * offsets always count the text as it was sent.
 */
final class ControlCharacters {

    private ControlCharacters() {}

    /** The offset of the first control character other than tab, line feed and carriage return, or -1. */
    static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** How to name the character at {@code offset} in a message, such as {@code U+0000}. */
    static String name(String text, int offset) {
        return String.format("U+%04X", (int) text.charAt(offset));
    }

    /** The 1-based line of {@code offset}. */
    static long line(String text, int offset) {
        return text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
