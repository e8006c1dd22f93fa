package org.homeward.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.homeward.RdfAssertions;
import org.homeward.export.ExportFormat;
import org.homeward.queries.Csv;
import org.homeward.server.AbstractServerIT;
import org.homeward.store.OntologyGraph;
import org.junit.jupiter.api.Test;

/** {@code /export/homeward.EXT}: every format, with its media type; the N-Quads are the whole store. */
class ExportsOverHttpIT extends AbstractServerIT {

    @Test
    void everyFormatIsServedWithItsMediaType() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            // when
            HttpResponse<String> response = send(request("/export/homeward." + format.extension()));

            // then
            assertEquals(200, response.statusCode(), format.toString());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
            assertTrue(response.body().length() > 1000, format + ": " + response.body());
        }
    }

    @Test
    void theNQuadsAreTheWholeStore() throws Exception {
        // when
        String body = send(request("/export/homeward.nq")).body();

        // then
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(Lang.NQUADS).parse(back);
        DatasetGraph stored = DatasetGraphFactory.create();
        Txn.executeRead(store().dataset(), () -> store().dataset().find().forEachRemaining(stored::add));
        // The ontology's blank nodes would make the search for an isomorphism slow: its graph is compared alone.
        assertTrue(stored.getGraph(OntologyGraph.GRAPH).isIsomorphicWith(back.getGraph(OntologyGraph.GRAPH)));
        stored.removeGraph(OntologyGraph.GRAPH);
        back.removeGraph(OntologyGraph.GRAPH);
        RdfAssertions.assertIsomorphic(stored, back);
    }

    @Test
    void theTableWritesWholeFiguresAsWholeNumbersThoughTheStoreHoldsDecimals() throws Exception {
        // when
        List<List<String>> rows = Csv.parse(send(request("/export/homeward.csv")).body());

        // then
        List<String> values = rows.subList(1, rows.size()).stream().map(row -> row.get(2)).toList();
        assertTrue(values.contains("26") && values.contains("1200000"), values.toString());
    }
}
