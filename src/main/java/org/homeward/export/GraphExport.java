package org.homeward.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes a Homeward dataset in one of the {@link ExportFormat}s: RDF by Jena's writers, the graph formats
 * from its {@link PropertyGraph}, and the table of statistics as CSV.
 */
public final class GraphExport {

    private GraphExport() {}

    /**
     * Writes {@code dataset} to {@code out}, which the caller closes; a read transaction, if the dataset needs
     * one, is the caller's too. A JSON-LD document names its context by {@code contextUrl}, or holds it inline
     * if that is null.
     */
    public static void write(DatasetGraph dataset, ExportFormat format, String contextUrl, OutputStream out)
            throws IOException {
        try {
            switch (format) {
                case TTL -> RdfOutput.triples(RdfOutput.union(dataset), RDFFormat.TURTLE_BLOCKS, out);
                case TRIG -> RdfOutput.quads(dataset, RDFFormat.TRIG_BLOCKS, out);
                case NQ -> RdfOutput.quads(dataset, RDFFormat.NQUADS, out);
                case JSONLD -> RdfOutput.jsonLd(RdfOutput.union(dataset), contextUrl, out);
                case RDFXML -> RdfOutput.triples(RdfOutput.union(dataset), RDFFormat.RDFXML_PLAIN, out);
                case GRAPHML -> GraphmlWriter.write(PropertyGraphReader.read(dataset), out);
                case GEXF -> GexfWriter.write(PropertyGraphReader.read(dataset), out);
                case CYJS -> CytoscapeWriter.write(PropertyGraphReader.read(dataset), out);
                case DOT -> DotWriter.write(PropertyGraphReader.read(dataset), out);
                case CSV -> StatisticsTable.write(dataset, out);
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + format.formatName() + ": " + e.getMessage(), e);
        }
        out.flush();
    }
}
