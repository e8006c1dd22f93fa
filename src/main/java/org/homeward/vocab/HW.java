package org.homeward.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.homeward.model.Population;
import org.homeward.model.Qualifier;
import org.homeward.model.StatisticKind;

/**
 * The Homeward ontology's terms, its concept schemes and the base of its resource IRIs.
 * The ontology in {@code ontology/} declares each term; {@code VocabularyTest} checks that it does.
 */
public final class HW {

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/homeward/ontology#";
    /** The base of every resource IRI the pipeline mints. */
    public static final String RESOURCE = "https://w3id.org/homeward/resource/";
    /** The namespace of the population concepts ({@code hwpop:}). */
    public static final String POPULATION = "https://w3id.org/homeward/ontology/population/";
    /** The namespace of the number qualifier concepts ({@code hwq:}). */
    public static final String QUALIFIER = "https://w3id.org/homeward/ontology/qualifier/";
    /** The namespace of the statistic kind concepts ({@code hwk:}). */
    public static final String KIND = "https://w3id.org/homeward/ontology/kind/";

    public static final Node Attribution = term("Attribution");
    public static final Node Country = term("Country");
    public static final Node DocumentGraph = term("DocumentGraph");
    public static final Node EvidenceSpan = term("EvidenceSpan");
    public static final Node ExcludedRegion = term("ExcludedRegion");
    public static final Node ExtractionActivity = term("ExtractionActivity");
    public static final Node MetadataInference = term("MetadataInference");
    public static final Node NewsArticle = term("NewsArticle");
    public static final Node Organisation = term("Organisation");
    public static final Node DescribedSource = term("DescribedSource");
    public static final Node Person = term("Person");
    public static final Node Place = term("Place");
    public static final Node RepatriationFlight = term("RepatriationFlight");
    public static final Node ReturnStatistic = term("ReturnStatistic");

    public static final Node arrivalPlace = term("arrivalPlace");
    public static final Node attribution = term("attribution");
    public static final Node carrier = term("carrier");
    public static final Node aircraft = term("aircraft");
    public static final Node confidence = term("confidence");
    public static final Node countryOfOffice = term("countryOfOffice");
    public static final Node cue = term("cue");
    public static final Node date = term("date");
    public static final Node datelinePlace = term("datelinePlace");
    public static final Node departurePlace = term("departurePlace");
    public static final Node destination = term("destination");
    public static final Node evidence = term("evidence");
    public static final Node excludedRegion = term("excludedRegion");
    public static final Node extractionRule = term("extractionRule");
    public static final Node extractorVersion = term("extractorVersion");
    public static final Node field = term("field");
    public static final Node flightCount = term("flightCount");
    public static final Node isoCode = term("isoCode");
    public static final Node locatedIn = term("locatedIn");
    public static final Node memberOf = term("memberOf");
    public static final Node mentionedAt = term("mentionedAt");
    public static final Node metadataInference = term("metadataInference");
    public static final Node nationality = term("nationality");
    public static final Node organisedBy = term("organisedBy");
    public static final Node origin = term("origin");
    public static final Node partOf = term("partOf");
    public static final Node passengerCount = term("passengerCount");
    public static final Node periodEnd = term("periodEnd");
    public static final Node periodStart = term("periodStart");
    public static final Node population = term("population");
    public static final Node qualifier = term("qualifier");
    public static final Node reason = term("reason");
    public static final Node reportedIn = term("reportedIn");
    public static final Node sha256 = term("sha256");
    public static final Node statedBy = term("statedBy");
    public static final Node statisticKind = term("statisticKind");
    public static final Node textLength = term("textLength");
    public static final Node value = term("value");

    private HW() {}

    /** The concept of a population group, {@code hwpop:children} for example. */
    public static Node concept(Population population) {
        return NodeFactory.createURI(POPULATION + population.slug());
    }

    /** The concept of a number qualifier, {@code hwq:more-than} for example. */
    public static Node concept(Qualifier qualifier) {
        return NodeFactory.createURI(QUALIFIER + qualifier.slug());
    }

    /** The concept of a statistic kind, {@code hwk:returned} for example. */
    public static Node concept(StatisticKind kind) {
        return NodeFactory.createURI(KIND + kind.slug());
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
