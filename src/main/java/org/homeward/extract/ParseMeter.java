package org.homeward.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts and times the sentences an extractor parses, and keeps them, so that a benchmark can tell the parse's
 * share of extraction and time the parser alone on the same sentences. Safe for one thread at a time.
 */
public final class ParseMeter {

    private final SentenceParser parser;
    private final List<List<Token>> sentences = new ArrayList<>();
    private long nanos;

    /** A meter over this JVM's CoreNLP parser. */
    public ParseMeter() {
        this(CoreNlpParser.shared());
    }

    ParseMeter(SentenceParser parser) {
        this.parser = parser;
    }

    /** An extractor with the standard lexicons and rules whose every parse this meter counts and times. */
    public Extractor extractor() {
        return new RuleBasedExtractor(Lexicons.standard(), () -> this::parse, CoreNlpNameTagger::shared);
    }

    /** The sentences parsed so far. */
    public int sentences() {
        return sentences.size();
    }

    /** The time spent parsing them, in nanoseconds. */
    public long nanos() {
        return nanos;
    }

    /** Parses every sentence the meter has kept once more, with the parser alone; returns the nanoseconds. */
    public long parseAlone() {
        long start = System.nanoTime();
        sentences.forEach(parser::parse);
        return System.nanoTime() - start;
    }

    private Parse parse(List<Token> tokens) {
        long start = System.nanoTime();
        Parse parse = parser.parse(tokens);
        nanos += System.nanoTime() - start;
        sentences.add(tokens);
        return parse;
    }
}
