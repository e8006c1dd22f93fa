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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /export/homeward.EXT}: every format, with its media type; the N-Quads are the whole store. */
class ExportsOverHttpIT extends AbstractServerIT {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void everyFormatIsServedWithItsMediaType(ExportFormat format) throws Exception {
        // when
        HttpResponse<String> response = send(request("/export/homeward." + format.extension()));

        // then
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
        assertTrue(response.body().length() > 1000, format + ": " + response.body());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ExportFormat.class, names = "NQ")
    void theNQuadsAreTheWholeStore(ExportFormat format) throws Exception {
        // when
        String body = send(request("/export/homeward." + format.extension())).body();

        // then
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(Lang.NQUADS).parse(back);
        DatasetGraph stored = DatasetGraphFactory.create();
        Txn.executeRead(store().dataset(), () -> store().dataset().find().forEachRemaining(stored::add));
        RdfAssertions.assertIsomorphic(stored, back);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ExportFormat.class, names = "CSV")
    void theTableWritesWholeFiguresAsWholeNumbersThoughTheStoreHoldsDecimals(ExportFormat format) throws Exception {
        // when
        List<List<String>> rows = Csv.parse(send(request("/export/homeward." + format.extension())).body());

        // then
        List<String> values = rows.subList(1, rows.size()).stream().map(row -> row.get(2)).toList();
        assertTrue(values.contains("26") && values.contains("1200000"), values.toString());
    }
}
