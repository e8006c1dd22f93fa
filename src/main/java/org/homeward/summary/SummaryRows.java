package org.homeward.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OA;
import org.homeward.map.ResourceIris;
import org.homeward.vocab.HW;
import org.homeward.vocab.HWT;
import org.homeward.vocab.PROV;
import org.homeward.vocab.SCHEMA;

/**
 * The facts table of one document: from its document graph alone, one row per return statistic, flight,
 * person, statement and excluded region, each with direct properties, in the summary graph. Pure: the same graph always
 * gives the same rows, which is what lets a rebuild be checked against what ingestion wrote.
 */
public final class SummaryRows {

    private final Node graph;
    private final String sha256;
    private final DocumentView document;
    private final RowEmitter out = new RowEmitter();
    private final Optional<LocalDate> publishedOn;

    private SummaryRows(Node graph, DocumentView document) {
        this.graph = graph;
        this.sha256 = graph.getURI().substring(graph.getURI().lastIndexOf('/') + 1);
        this.document = document;
        this.publishedOn = document.published().flatMap(SummaryDates::first);
    }

    /** The rows of the document graph {@code graph}, whose statements are {@code document}; none if it has no article. */
    public static List<Quad> of(Node graph, Graph document) {
        return DocumentView.of(document).map(view -> new SummaryRows(graph, view).rows()).orElse(List.of());
    }

    private List<Quad> rows() {
        document.ofType(HW.ReturnStatistic).forEach(this::statistic);
        document.ofType(HW.RepatriationFlight).forEach(this::flight);
        document.ofType(HW.Person).forEach(this::person);
        document.ofType(HW.Country).forEach(this::country);
        document.ofType(HW.Attribution).forEach(this::statement);
        document.ofType(HW.ExcludedRegion).forEach(this::region);
        return out.quads();
    }

    private void statistic(Node fact) {
        Node row = factRow(fact, HWT.StatisticRow, HWT.statisticOrder);
        out.link(row, HWT.value, document.object(fact, HW.value));
        out.link(row, HWT.qualifier, document.object(fact, HW.qualifier));
        out.link(row, HWT.population, document.object(fact, HW.population));
        out.link(row, HWT.kind, document.object(fact, HW.statisticKind));
        List<Node> destinations = route(row, fact);
        out.links(row, HWT.figureGroup, FigureGroups.of(document.object(fact, HW.population),
                document.object(fact, HW.statisticKind), destinations));
        period(row, fact);
        document.object(fact, HW.statedBy).ifPresent(speaker -> speaker(row, speaker));
    }

    private void speaker(Node row, Node speaker) {
        out.link(row, HWT.speaker, speaker);
        out.string(row, HWT.speakerName, document.label(speaker));
    }

    private void flight(Node fact) {
        Node row = factRow(fact, HWT.FlightRow, HWT.flightOrder);
        out.link(row, HWT.flightCount, document.object(fact, HW.flightCount));
        out.link(row, HWT.passengerCount, document.object(fact, HW.passengerCount));
        out.link(row, HWT.population, document.object(fact, HW.population));
        route(row, fact);
        period(row, fact);
        out.link(row, HWT.date, document.object(fact, HW.date));
        out.string(row, HWT.departure, document.object(fact, HW.departurePlace).flatMap(document::label));
        out.string(row, HWT.arrival, document.object(fact, HW.arrivalPlace).flatMap(document::label));
        out.string(row, HWT.organiser, document.object(fact, HW.organisedBy).flatMap(document::label));
        out.string(row, HWT.partOf, document.object(fact, HW.partOf).map(this::factId));
    }

    /** A row of a fact: what every row says of its article, its quote and its place in the stable order. */
    private Node factRow(Node fact, Node type, Node orderProperty) {
        Node row = ResourceIris.row(sha256, factId(fact));
        article(row, type);
        out.link(row, HWT.fact, fact);
        Optional<DocumentView.Evidence> evidence = document.evidence(fact);
        int position = evidence.map(DocumentView.Evidence::start).orElse(0);
        out.string(row, HWT.quote, evidence.map(DocumentView.Evidence::quote));
        evidence.ifPresent(span -> out.integer(row, HWT.position, span.start(), XSDDatatype.XSDnonNegativeInteger));
        out.link(row, orderProperty, OrderKey.of(publishedOn, sha256, position));
        return row;
    }

    private void article(Node row, Node type) {
        out.type(row, type);
        out.link(row, HWT.graph, graph);
        out.string(row, HWT.article, document.identifier());
        out.string(row, HWT.publisher, document.publisher());
        document.published().ifPresent(published -> {
            out.link(row, HWT.published, published);
            out.link(row, HWT.month, SummaryDates.month(published).map(SummaryDates::yearMonth));
        });
    }

    /**
     * Origins and destinations: the countries, their codes, and the stated places' labels for reading; returns
     * the destination countries.
     */
    private List<Node> route(Node row, Node fact) {
        places(row, fact, HW.origin, HWT.origin, HWT.originCode, HWT.origins);
        return places(row, fact, HW.destination, HWT.destination, HWT.destinationCode, HWT.destinations);
    }

    private List<Node> places(Node row, Node fact, Node stated, Node country, Node code, Node labels) {
        TreeSet<String> codes = new TreeSet<>();
        List<Node> countries = new ArrayList<>();
        for (Node place : document.objects(fact, stated)) {
            document.country(place).ifPresent(found -> {
                out.link(row, country, found);
                countries.add(found);
                document.isoCode(found).ifPresent(codes::add);
            });
        }
        out.strings(row, code, codes);
        TreeSet<String> names = document.labels(fact, stated);
        out.string(row, labels, names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names)));
        return countries;
    }

    private void period(Node row, Node fact) {
        Optional<Node> start = document.object(fact, HW.periodStart);
        Optional<Node> end = document.object(fact, HW.periodEnd);
        out.link(row, HWT.periodStart, start);
        out.link(row, HWT.periodEnd, end);
        out.link(row, HWT.periodFrom, start.flatMap(SummaryDates::first).map(SummaryDates::date));
        out.link(row, HWT.periodTo, end.flatMap(SummaryDates::last).map(SummaryDates::date));
    }

    private void person(Node person) {
        Node row = ResourceIris.row(sha256, person.getURI().substring(HW.RESOURCE.length()));
        article(row, HWT.PersonRow);
        out.link(row, HWT.person, person);
        out.string(row, HWT.name, document.label(person));
        document.objects(person, SCHEMA.jobTitle).stream().filter(Node::isLiteral)
                .forEach(title -> out.string(row, HWT.jobTitle, Optional.of(title.getLiteralLexicalForm())));
        out.strings(row, HWT.organisation, document.labels(person, HW.memberOf));
        out.strings(row, HWT.countryOfOffice, document.labels(person, HW.countryOfOffice));
        out.integer(row, HWT.mentions, document.objects(person, HW.mentionedAt).size(), XSDDatatype.XSDinteger);
    }

    /**
     * What the article gives of a country: its name and code, for the counts by destination and origin to
     * state on their own observation (a count read with its country's name then reads no document graph).
     */
    private void country(Node country) {
        String uri = country.getURI();
        Node row = ResourceIris.row(sha256, "country-" + uri.substring(uri.lastIndexOf('/') + 1));
        out.type(row, HWT.CountryRow);
        out.link(row, HWT.graph, graph);
        out.link(row, HWT.country, country);
        out.string(row, HWT.name, document.label(country));
        out.string(row, HWT.isoCode, document.isoCode(country));
    }

    /**
     * What the article says someone stated: the reporting word, the passage and the rows of the statistics and
     * flights that rest on it, so that a speaker's statements are read from their rows alone. An attribution
     * that names no speaker has no row: nobody could look it up.
     */
    private void statement(Node attribution) {
        Optional<Node> speaker = document.object(attribution, PROV.agent);
        if (speaker.isEmpty()) {
            return;
        }
        Node row = factRow(attribution, HWT.StatementRow, HWT.statementOrder);
        speaker(row, speaker.get());
        out.string(row, HWT.cue, document.text(attribution, HW.cue));
        for (Node fact : document.subjects(HW.attribution, attribution)) {
            out.link(row, HWT.carries, ResourceIris.row(sha256, factId(fact)));
        }
    }

    private void region(Node region) {
        String uri = region.getURI();
        Node row = ResourceIris.row(sha256, uri.substring(uri.lastIndexOf("/excluded/") + 1));
        article(row, HWT.RegionRow);
        out.string(row, HWT.reason, document.text(region, HW.reason));
        int start = document.text(region, OA.start.asNode()).map(Integer::parseInt).orElse(0);
        out.integer(row, HWT.start, start, XSDDatatype.XSDnonNegativeInteger);
        document.text(region, OA.end.asNode()).ifPresent(end ->
                out.integer(row, HWT.end, Integer.parseInt(end), XSDDatatype.XSDnonNegativeInteger));
        out.link(row, HWT.regionOrder, OrderKey.of(publishedOn, sha256, start));
    }

    /** The id of a fact of this article, such as {@code statistic-236}, from its IRI. */
    private String factId(Node fact) {
        String prefix = ResourceIris.fact(sha256, "").getURI();
        String uri = fact.getURI();
        return uri.startsWith(prefix) ? uri.substring(prefix.length()) : uri.substring(uri.lastIndexOf('/') + 1);
    }
}
