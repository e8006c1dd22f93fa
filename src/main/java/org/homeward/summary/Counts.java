package org.homeward.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.homeward.vocab.HWT;
import org.homeward.vocab.QB;

/**
 * Counts by destination, origin, population, kind, month and person, as summed from the rows of documents:
 * for each value, how many statistics name it and from how many articles (for a person: how many articles
 * name them, and how often, with what the articles give of them; for a country: its name and code). A document
 * adds its counts when it is stored and takes them back when it is removed, so that a report by destination
 * reads a few observations instead of every statistic, and a page of persons reads its persons' observations
 * instead of every row of theirs.
 */
public final class Counts {

    /** What a person's observation lists from the rows of the articles that name them. */
    public static final List<Node> PERSON_DETAILS = List.of(HWT.jobTitle, HWT.organisation, HWT.countryOfOffice);

    /** The measures of one value: statistics, articles, mentions. */
    private final Map<Cell, long[]> cells = new HashMap<>();
    private final Map<Node, String> names = new HashMap<>();
    private final Map<Node, String> codes = new HashMap<>();
    private final Map<Node, Set<Detail>> details = new HashMap<>();

    /** One value of one dimension. */
    public record Cell(Dimension dimension, Node value) {}

    /** A value that an article gives of a person, such as a job title ({@code property} one of PERSON_DETAILS). */
    public record Detail(Node property, Node value) {}

    /** No counts. */
    public Counts() {
        // Filled by add.
    }

    /** The counts of one document, from its rows (the quads {@link SummaryRows} makes for it). */
    public static Counts ofDocument(Collection<Quad> rows) {
        Map<Node, List<Quad>> bySubject = new HashMap<>();
        rows.forEach(quad -> bySubject.computeIfAbsent(quad.getSubject(), key -> new ArrayList<>()).add(quad));
        Counts counts = new Counts();
        Set<Cell> inArticle = new HashSet<>();
        for (List<Quad> row : bySubject.values()) {
            if (has(row, RDF.type.asNode(), HWT.StatisticRow)) {
                for (Dimension dimension : EnumSet.range(Dimension.DESTINATION, Dimension.MONTH)) {
                    for (Node value : values(row, dimension.property())) {
                        Cell cell = new Cell(dimension, value);
                        counts.bump(cell, 1, inArticle.add(cell) ? 1 : 0, 0);
                    }
                }
            } else if (has(row, RDF.type.asNode(), HWT.PersonRow)) {
                person(row, counts);
            } else if (has(row, RDF.type.asNode(), HWT.CountryRow)) {
                country(row, counts);
            }
        }
        return counts;
    }

    private static void person(List<Quad> row, Counts counts) {
        Optional<Node> person = values(row, HWT.person).stream().findFirst();
        long mentions = values(row, HWT.mentions).stream().mapToLong(node -> Long.parseLong(
                node.getLiteralLexicalForm())).sum();
        if (person.isEmpty() || mentions == 0) {
            return;
        }
        Cell cell = new Cell(Dimension.PERSON, person.get());
        counts.bump(cell, 0, 1, mentions);
        values(row, HWT.name).stream().findFirst()
                .ifPresent(name -> counts.names.put(person.get(), name.getLiteralLexicalForm()));
        Set<Detail> given = counts.details.computeIfAbsent(person.get(), key -> new HashSet<>());
        PERSON_DETAILS.forEach(property -> values(row, property).forEach(value ->
                given.add(new Detail(property, value))));
    }

    private static void country(List<Quad> row, Counts counts) {
        values(row, HWT.country).stream().findFirst().ifPresent(country -> {
            values(row, HWT.name).stream().findFirst()
                    .ifPresent(name -> counts.names.put(country, name.getLiteralLexicalForm()));
            values(row, HWT.isoCode).stream().findFirst()
                    .ifPresent(code -> counts.codes.put(country, code.getLiteralLexicalForm()));
        });
    }

    /**
     * Adds {@code other}'s counts ({@code sign} 1), or takes them away ({@code sign} -1). The details of persons
     * are only ever added: whether another article still gives a value can only be told from its rows.
     */
    public synchronized Counts add(Counts other, int sign) {
        other.cells.forEach((cell, measures) -> bump(cell, sign * measures[0], sign * measures[1],
                sign * measures[2]));
        names.putAll(other.names);
        codes.putAll(other.codes);
        if (sign > 0) {
            other.details.forEach((person, given) -> details.computeIfAbsent(person, key -> new HashSet<>())
                    .addAll(given));
        }
        return this;
    }

    /** What the rows give of each person they name. */
    public Map<Node, Set<Detail>> details() {
        return Collections.unmodifiableMap(details);
    }

    /** Each value's measures: statistics, articles, mentions. */
    public Map<Cell, long[]> cells() {
        return Collections.unmodifiableMap(cells);
    }

    /** The name of a person or country, if the rows gave one. */
    public Optional<String> name(Node personOrCountry) {
        return Optional.ofNullable(names.get(personOrCountry));
    }

    /** The quads that state every non-zero count as an observation, for a summary graph that holds none yet. */
    public List<Quad> quads(Node graph) {
        List<Quad> quads = new ArrayList<>();
        cells.forEach((cell, measures) -> {
            if (measures[0] != 0 || measures[1] != 0 || measures[2] != 0) {
                quads.addAll(describe(graph, cell));
                quads.addAll(measures(graph, cell, measures));
                if (cell.dimension() == Dimension.PERSON) {
                    quads.addAll(detailQuads(graph, cell.value(), details.getOrDefault(cell.value(), Set.of())));
                }
            }
        });
        return quads;
    }

    /** The statements that list {@code given} on the observation of {@code person}. */
    public static List<Quad> detailQuads(Node graph, Node person, Collection<Detail> given) {
        Node observation = Dimension.PERSON.observation(person);
        return given.stream().map(detail -> Quad.create(graph, observation, detail.property(), detail.value()))
                .toList();
    }

    /** What an observation states besides its measures. */
    public List<Quad> describe(Node graph, Cell cell) {
        Node observation = cell.dimension().observation(cell.value());
        List<Quad> quads = new ArrayList<>(List.of(
                Quad.create(graph, observation, RDF.type.asNode(), QB.Observation),
                Quad.create(graph, observation, QB.dataSet, cell.dimension().dataset()),
                Quad.create(graph, observation, cell.dimension().property(), cell.value())));
        Optional<String> name = name(cell.value());
        name.ifPresent(text -> quads.add(Quad.create(graph, observation, HWT.name, string(text))));
        if (cell.dimension() == Dimension.PERSON) {
            name.ifPresent(text -> quads.add(Quad.create(graph, observation, HWT.nameOrder,
                    OrderKey.ofName(text, cell.value()))));
        }
        Optional.ofNullable(codes.get(cell.value()))
                .ifPresent(code -> quads.add(Quad.create(graph, observation, HWT.isoCode, string(code))));
        return quads;
    }

    /** An observation's measures. */
    public static List<Quad> measures(Node graph, Cell cell, long[] measures) {
        Node observation = cell.dimension().observation(cell.value());
        List<Quad> quads = new ArrayList<>();
        if (cell.dimension() != Dimension.PERSON) {
            quads.add(Quad.create(graph, observation, HWT.statistics, integer(measures[0])));
        } else {
            quads.add(Quad.create(graph, observation, HWT.mentions, integer(measures[2])));
        }
        quads.add(Quad.create(graph, observation, HWT.articles, integer(measures[1])));
        return quads;
    }

    private void bump(Cell cell, long statistics, long articles, long mentions) {
        long[] measures = cells.computeIfAbsent(cell, key -> new long[3]);
        measures[0] += statistics;
        measures[1] += articles;
        measures[2] += mentions;
    }

    private static Node string(String value) {
        return NodeFactory.createLiteralDT(value, XSDDatatype.XSDstring);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static boolean has(List<Quad> row, Node property, Node value) {
        return row.stream().anyMatch(quad -> quad.getPredicate().equals(property) && quad.getObject().equals(value));
    }

    private static List<Node> values(List<Quad> row, Node property) {
        return row.stream().filter(quad -> quad.getPredicate().equals(property)).map(Quad::getObject).distinct()
                .toList();
    }
}
