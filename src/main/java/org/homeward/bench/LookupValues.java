package org.homeward.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Values that the lookup queries find in the database under test: article file names, the names of persons
 * who are quoted, and country codes, read from it over SPARQL before the clients start. A lookup query names what it looks up in a
 * {@code VALUES ?var { "..." }} line; the benchmark puts a value drawn at random in its place for each request,
 * so that every lookup finds something and no two requests need be alike.
 */
final class LookupValues {

    /** A {@code VALUES} line of one literal, at the start of a line: not one that a comment quotes. */
    private static final Pattern VALUES = Pattern.compile("(?m)^(\\s*)VALUES \\?(\\w+) \\{ \"[^\"]*\" \\}");
    private static final String SUMMARY = "<https://w3id.org/homeward/resource/graph/summary>";
    private static final String PREFIXES = "PREFIX hw: <https://w3id.org/homeward/ontology#>\n"
            + "PREFIX hwt: <https://w3id.org/homeward/ontology/table#>\n";
    /** For each looked-up variable, the query that lists values of it. */
    private static final Map<String, String> SOURCES = Map.of(
            "identifier", "SELECT DISTINCT ?v WHERE { GRAPH " + SUMMARY + " { ?row hwt:article ?v } } LIMIT 5000",
            // From the persons' counts, one a person, rather than from every row that names a speaker.
            "name", "SELECT DISTINCT ?v WHERE { GRAPH " + SUMMARY + " { ?count hwt:nameOrder ?order ; "
                    + "hwt:person ?person ; hwt:name ?v FILTER EXISTS { ?row hwt:speaker ?person ; "
                    + "hwt:statementOrder ?place } } } LIMIT 5000",
            "isoCode", "SELECT DISTINCT ?v WHERE { ?country a hw:Country ; hw:isoCode ?v } LIMIT 5000");

    private final Map<String, List<String>> values;

    private LookupValues(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Lookups that draw from these values, by variable name. */
    static LookupValues of(Map<String, List<String>> values) {
        return new LookupValues(Map.copyOf(values));
    }

    /** Reads the values from the endpoint. */
    static LookupValues read(URI endpoint) {
        Map<String, List<String>> values = new HashMap<>();
        SOURCES.forEach((variable, query) -> values.put(variable, list(endpoint, PREFIXES + query)));
        return of(values);
    }

    /**
     * The text of each request for {@code query}: with a random value in its {@code VALUES} line if it looks up
     * one of the known variables and the database holds values of it; else the query as it is.
     */
    Function<Random, String> requests(String query) {
        Matcher lookup = VALUES.matcher(query);
        if (!lookup.find() || values.getOrDefault(lookup.group(2), List.of()).isEmpty()) {
            return random -> query;
        }
        List<String> choices = values.get(lookup.group(2));
        String before = query.substring(0, lookup.start());
        String after = query.substring(lookup.end());
        String line = lookup.group(1) + "VALUES ?" + lookup.group(2) + " { \"";
        return random -> before + line + escape(choices.get(random.nextInt(choices.size()))) + "\" }" + after;
    }

    /** Whether {@code query} is a lookup whose value this benchmark draws. */
    boolean draws(String query) {
        Matcher lookup = VALUES.matcher(query);
        return lookup.find() && !values.getOrDefault(lookup.group(2), List.of()).isEmpty();
    }

    private static List<String> list(URI endpoint, String query) {
        List<String> list = new ArrayList<>();
        try (QueryExecutionHTTP execution = QueryExecutionHTTP.service(endpoint.toString()).query(query).build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                list.add(row.getLiteral("v").getLexicalForm());
            }
        }
        return list;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
