package org.homeward.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number of people the text says returned, or are in a return-related status.
 *
 * @param id identifier within the document, stable for the same text and extractor
 * @param value the number as stated ("1.2 million" is 1200000)
 * @param qualifier how the text hedges the number
 * @param population who is counted
 * @param kind what is counted
 * @param nationality key of the country the people belong to, if the text says so
 * @param origins keys of the countries or places they return from
 * @param destinations keys of the countries or places they return to
 * @param period when, resolved against the publication date where the text is relative
 * @param statedBy key of the person or organisation the text attributes the figure to
 * @param attribution id of the {@link Attribution} that carries the speaker's evidence
 * @param partOf id of the total this figure is a breakdown of
 * @param evidence the quote the fact was read from
 * @param provenance the rule and its confidence
 */
public record ReturnStatistic(
        String id,
        BigDecimal value,
        Qualifier qualifier,
        Population population,
        StatisticKind kind,
        String nationality,
        List<String> origins,
        List<String> destinations,
        Period period,
        String statedBy,
        String attribution,
        String partOf,
        Span evidence,
        Provenance provenance) {

    /** Copies the lists so the record stays immutable. */
    public ReturnStatistic {
        origins = List.copyOf(origins);
        destinations = List.copyOf(destinations);
        period = period == null ? Period.UNKNOWN : period;
    }

    /**
     * Another figure of the same people, event and speaker: one item of a list or table that details or
     * continues this one.
     */
    public ReturnStatistic restated(String itemId, BigDecimal itemValue, Qualifier itemQualifier,
            List<String> itemOrigins, List<String> itemDestinations, Period itemPeriod, String total, Span quote,
            Provenance rule) {
        return new ReturnStatistic(itemId, itemValue, itemQualifier, population, kind, nationality, itemOrigins,
                itemDestinations, itemPeriod, statedBy, attribution, total, quote, rule);
    }

    /** The same figure as a part of the total of that id. */
    public ReturnStatistic withPartOf(String total) {
        return new ReturnStatistic(id, value, qualifier, population, kind, nationality, origins, destinations,
                period, statedBy, attribution, total, evidence, provenance);
    }

    /** The same figure from another source. */
    public ReturnStatistic withSource(String newStatedBy, String newAttribution) {
        return new ReturnStatistic(id, value, qualifier, population, kind, nationality, origins, destinations,
                period, newStatedBy, newAttribution, partOf, evidence, provenance);
    }

    /** The same figure with another route. */
    public ReturnStatistic withRoute(List<String> newOrigins, List<String> newDestinations) {
        return new ReturnStatistic(id, value, qualifier, population, kind, nationality, newOrigins, newDestinations,
                period, statedBy, attribution, partOf, evidence, provenance);
    }
}
