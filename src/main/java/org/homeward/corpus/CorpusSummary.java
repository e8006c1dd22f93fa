package org.homeward.corpus;

/**
 * What {@link CorpusWriter} wrote.
 *
 * @param documents the number of articles
 * @param characters the characters of their texts (UTF-16 units, as {@link String#length()} counts)
 * @param words the words of their texts
 */
public record CorpusSummary(int documents, long characters, long words) {

    /** Nothing written. */
    public static final CorpusSummary EMPTY = new CorpusSummary(0, 0, 0);

    /** The summary of one article's text. */
    static CorpusSummary of(String text) {
        return new CorpusSummary(1, text.length(), Words.count(text));
    }

    /** This summary and another added together. */
    CorpusSummary plus(CorpusSummary other) {
        return new CorpusSummary(documents + other.documents, characters + other.characters, words + other.words);
    }
}
