package org.homeward.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of Homeward's facts table and counts ({@code hwt:}): rows and Data Cube observations derived from
 * the document graphs into the summary graph. The ontology declares each term; {@code VocabularyTest} checks it.
 */
public final class HWT {

    /** The namespace of the facts table. */
    public static final String NS = "https://w3id.org/homeward/ontology/table#";

    public static final Node StatisticRow = term("StatisticRow");
    public static final Node FlightRow = term("FlightRow");
    public static final Node PersonRow = term("PersonRow");
    public static final Node RegionRow = term("RegionRow");
    public static final Node CountryRow = term("CountryRow");
    public static final Node StatementRow = term("StatementRow");

    public static final Node fact = term("fact");
    public static final Node graph = term("graph");
    public static final Node qualifier = term("qualifier");
    public static final Node population = term("population");
    public static final Node kind = term("kind");
    public static final Node origin = term("origin");
    public static final Node destination = term("destination");
    public static final Node speaker = term("speaker");
    public static final Node person = term("person");
    public static final Node country = term("country");
    public static final Node isoCode = term("isoCode");
    public static final Node article = term("article");
    public static final Node publisher = term("publisher");
    public static final Node published = term("published");
    public static final Node month = term("month");
    public static final Node statisticOrder = term("statisticOrder");
    public static final Node flightOrder = term("flightOrder");
    public static final Node regionOrder = term("regionOrder");
    public static final Node nameOrder = term("nameOrder");
    public static final Node statementOrder = term("statementOrder");
    public static final Node figureGroup = term("figureGroup");
    public static final Node value = term("value");
    public static final Node originCode = term("originCode");
    public static final Node destinationCode = term("destinationCode");
    public static final Node origins = term("origins");
    public static final Node destinations = term("destinations");
    public static final Node periodStart = term("periodStart");
    public static final Node periodEnd = term("periodEnd");
    public static final Node periodFrom = term("periodFrom");
    public static final Node periodTo = term("periodTo");
    public static final Node speakerName = term("speakerName");
    public static final Node cue = term("cue");
    public static final Node carries = term("carries");
    public static final Node quote = term("quote");
    public static final Node position = term("position");
    public static final Node flightCount = term("flightCount");
    public static final Node passengerCount = term("passengerCount");
    public static final Node departure = term("departure");
    public static final Node arrival = term("arrival");
    public static final Node date = term("date");
    public static final Node organiser = term("organiser");
    public static final Node partOf = term("partOf");
    public static final Node name = term("name");
    public static final Node jobTitle = term("jobTitle");
    public static final Node organisation = term("organisation");
    public static final Node countryOfOffice = term("countryOfOffice");
    public static final Node mentions = term("mentions");
    public static final Node start = term("start");
    public static final Node end = term("end");
    public static final Node reason = term("reason");
    public static final Node statistics = term("statistics");
    public static final Node articles = term("articles");

    private HWT() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
