package org.homeward.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.homeward.io.FileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks Homeward data against the project's SHACL shapes. A dataset is checked as one graph, all its
 * graphs merged, because a fact in a document graph refers to nodes described in other graphs.
 */
public final class ShaclValidation {

    /** Where the shapes are on the classpath. */
    public static final String SHAPES = "org/homeward/ontology/shapes.ttl";

    private static final Logger LOG = LoggerFactory.getLogger(ShaclValidation.class);

    private final Shapes shapes;

    private ShaclValidation(Shapes shapes) {
        this.shapes = shapes;
    }

    /** A validator with the shapes on the classpath; throws {@link IllegalStateException} if they are missing. */
    public static ShaclValidation withProjectShapes() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = ShaclValidation.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("HW-E031 " + SHAPES + ": shapes are not on the classpath");
            }
            RDFDataMgr.read(graph, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new IllegalStateException("HW-E031 " + SHAPES + ": cannot read shapes: " + e.getMessage(), e);
        }
        return new ShaclValidation(Shapes.parse(graph));
    }

    /** Validates an RDF file (TriG, N-Quads, Turtle... by its extension). */
    public ValidationReport validate(Path file) throws FileException {
        if (!Files.isReadable(file)) {
            throw new FileException("HW-E030", file, "cannot read file");
        }
        DatasetGraph dataset = DatasetGraphFactory.create();
        try {
            RDFParser.source(file)
                    .errorHandler(ErrorHandlerFactory.errorHandlerWarnOrExceptions(LOG))
                    .parse(dataset);
        } catch (RiotException e) {
            throw new FileException("HW-E030", file, "not valid RDF: " + e.getMessage());
        }
        return validate(dataset);
    }

    /** Validates the default graph and every named graph of a dataset together. */
    public ValidationReport validate(DatasetGraph dataset) {
        return ShaclValidator.get().validate(shapes, union(dataset));
    }

    private static Graph union(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(quad -> union.add(quad.asTriple()));
        return union;
    }
}
