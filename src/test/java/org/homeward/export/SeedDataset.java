package org.homeward.export;

import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.store.Fixtures;

/** The seeds built once into a dataset in memory, for the export tests. */
final class SeedDataset {

    private static DatasetGraph dataset;

    private SeedDataset() {}

    /** The seeds' dataset; callers must not change it. */
    static synchronized DatasetGraph get() throws FileException {
        if (dataset == null) {
            CollectorStreamRDF quads = new CollectorStreamRDF();
            Fixtures.build().exec(DocumentSource.read(Fixtures.SEEDS), quads, null);
            dataset = DatasetGraphFactory.create();
            quads.getQuads().forEach(dataset::add);
        }
        return dataset;
    }
}
