package org.homeward.extract;

/** A word, number or punctuation mark of a document, with its offsets into the text. */
record Token(String text, int start, int end) {

    /** The token in lower case, for lexicon look-ups. */
    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the token starts with an upper-case letter. */
    boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** Whether the token is a word of letters (hyphens and inner apostrophes allowed). */
    boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0));
    }

    /** Whether the token starts with a digit. */
    boolean isNumeric() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /** Whether the token is exactly {@code word}, ignoring case. */
    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
