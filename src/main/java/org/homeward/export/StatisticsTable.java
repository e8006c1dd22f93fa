package org.homeward.export;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The return statistics as a CSV table, one row a figure: its value and what it counts, its route and period,
 * who stated it, who published it and when, and the quote. Multiple origins or destinations share a cell,
 * separated by "; ".
 */
final class StatisticsTable {

    private static final String QUERY = """
            PREFIX hw: <https://w3id.org/homeward/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT ?statistic ?label ?value ?qualifier ?population ?kind
                   (GROUP_CONCAT(DISTINCT ?originName; separator="; ") AS ?origins)
                   (GROUP_CONCAT(DISTINCT ?destinationName; separator="; ") AS ?destinations)
                   ?periodStart ?periodEnd (SAMPLE(?speakerName) AS ?speaker) (SAMPLE(?publisherName) AS ?publisher)
                   ?published ?article ?quote
            WHERE {
              ?statistic a hw:ReturnStatistic ; hw:value ?number ; hw:reportedIn ?articleNode .
              # A store gives the decimal 26 as 26.0: a whole number is written as one.
              BIND (IF(?number = FLOOR(?number), STR(xsd:integer(?number)), STR(?number)) AS ?value)
              ?articleNode dcterms:identifier ?article .
              OPTIONAL { ?statistic rdfs:label ?label }
              OPTIONAL { ?statistic hw:qualifier ?q BIND (REPLACE(STR(?q), "^.*/", "") AS ?qualifier) }
              OPTIONAL { ?statistic hw:population ?p BIND (REPLACE(STR(?p), "^.*/", "") AS ?population) }
              OPTIONAL { ?statistic hw:statisticKind ?k BIND (REPLACE(STR(?k), "^.*/", "") AS ?kind) }
              OPTIONAL { ?statistic hw:origin/rdfs:label ?originName }
              OPTIONAL { ?statistic hw:destination/rdfs:label ?destinationName }
              OPTIONAL { ?statistic hw:periodStart ?periodStart }
              OPTIONAL { ?statistic hw:periodEnd ?periodEnd }
              OPTIONAL { ?statistic hw:statedBy/rdfs:label ?speakerName }
              OPTIONAL { ?articleNode dcterms:publisher/rdfs:label ?publisherName }
              OPTIONAL { ?articleNode dcterms:issued ?published }
              OPTIONAL { ?statistic hw:evidence/oa:exact ?quote }
            }
            GROUP BY ?statistic ?label ?value ?qualifier ?population ?kind ?periodStart ?periodEnd ?published
                     ?article ?quote
            ORDER BY ?published ?article ?statistic
            """;

    private StatisticsTable() {}

    /** Writes the table as CSV (RFC 4180, with a header row); the caller closes the stream. */
    static void write(DatasetGraph dataset, OutputStream out) {
        // Facts of every article meet in the union of the graphs, as the server queries them.
        Dataset union = DatasetFactory.wrap(DatasetGraphFactory.wrap(dataset.getUnionGraph()));
        try (QueryExecution execution = QueryExecution.dataset(union).query(QUERY).build()) {
            ResultSetFormatter.outputAsCSV(out, execution.execSelect());
        }
    }
}
