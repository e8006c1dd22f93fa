package org.homeward.bench;

import java.util.List;
import org.homeward.extract.Extractor;
import org.homeward.extract.ParseMeter;
import org.homeward.model.Document;

/**
 * What the dependency parse costs: extraction on one thread with every parse counted and timed, then the
 * parser alone on the same sentences. One pass warms the JIT and loads the models first.
 */
public final class ParseShareBench {

    /**
     * The figures of one corpus.
     *
     * @param corpus what the documents are
     * @param documents how many
     * @param sentencesParsed sentences the extractor parsed
     * @param extractionNanos extraction of every document, one thread
     * @param parseNanos the part of it spent in the parser
     * @param parseAloneNanos the parser alone on the same sentences
     */
    public record Share(String corpus, int documents, int sentencesParsed, long extractionNanos, long parseNanos,
            long parseAloneNanos) {

        /** Sentences parsed per document. */
        public double sentencesPerDocument() {
            return (double) sentencesParsed / documents;
        }

        /** Documents per second of extraction on one thread. */
        public double documentsPerSecond() {
            return documents / (extractionNanos / 1e9);
        }

        /** The parse's share of the extraction time. */
        public double parseShare() {
            return (double) parseNanos / extractionNanos;
        }

        /** Documents per second the parser alone would give on the same sentences. */
        public double parserAloneDocumentsPerSecond() {
            return documents / (Math.max(parseAloneNanos, 1) / 1e9);
        }

        /** Extraction's throughput as a share of the parser's alone. */
        public double ratioToParserAlone() {
            return (double) parseAloneNanos / extractionNanos;
        }
    }

    /** Measures the share on {@code documents}, called {@code corpus}. */
    public Share run(String corpus, List<Document> documents) {
        extractAll(new ParseMeter().extractor(), documents);
        ParseMeter meter = new ParseMeter();
        Extractor extractor = meter.extractor();
        long start = System.nanoTime();
        extractAll(extractor, documents);
        long extraction = System.nanoTime() - start;
        return new Share(corpus, documents.size(), meter.sentences(), extraction, meter.nanos(), meter.parseAlone());
    }

    private static void extractAll(Extractor extractor, List<Document> documents) {
        documents.forEach(extractor::extract);
    }
}
