package org.homeward.bench.jmh;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.homeward.build.BuildOperation;
import org.homeward.corpus.CorpusGenerator;
import org.homeward.extract.Extractor;
import org.homeward.io.SourceEntry;
import org.homeward.model.Document;

/** The documents and quads every benchmark works on: the first articles of the generated corpus of seed 1. */
final class Corpus {

    /** Enough articles that their variety, not one article, sets the figures; few enough to build in seconds. */
    static final int DOCUMENTS = 200;

    private Corpus() {}

    static List<Document> documents() {
        CorpusGenerator generator = CorpusGenerator.of(1);
        return IntStream.range(0, DOCUMENTS).mapToObj(generator::article).toList();
    }

    static BuildOperation build(Extractor extractor) {
        return new BuildOperation(extractor, Clock.systemUTC(), "bench");
    }

    static SourceEntry entry(Document document) {
        return new SourceEntry.Loaded(Path.of(document.identifier()), document);
    }

    /** The quads building the documents gives, as {@code build} would write them. */
    static List<Quad> quads(BuildOperation build, List<Document> documents) {
        CollectorStreamRDF collector = new CollectorStreamRDF();
        build.exec(documents.stream().map(Corpus::entry).toList(), collector, null);
        return List.copyOf(collector.getQuads());
    }
}
