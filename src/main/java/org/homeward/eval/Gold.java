package org.homeward.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * The gold annotations of one evaluation document ({@code name.gold.json}): what a careful reader finds in it.
 * Countries are ISO 3166-1 alpha-2 codes; persons and organisations are names as the text first writes them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gold(
        List<Statistic> statistics,
        List<Flight> flights,
        List<String> persons,
        List<String> organisations,
        List<String> countries) {

    /** Absent lists are empty. */
    public Gold {
        statistics = statistics == null ? List.of() : List.copyOf(statistics);
        flights = flights == null ? List.of() : List.copyOf(flights);
        persons = persons == null ? List.of() : List.copyOf(persons);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        countries = countries == null ? List.of() : List.copyOf(countries);
    }

    /** A return statistic; {@code quote} is a substring of the text that holds its number. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statistic(
            String quote,
            BigDecimal value,
            String qualifier,
            String population,
            String kind,
            String nationality,
            List<String> origin,
            List<String> destination,
            String periodStart,
            String periodEnd,
            String statedBy,
            BigDecimal partOf) {

        /** Absent routes are empty. */
        public Statistic {
            origin = origin == null ? List.of() : List.copyOf(origin);
            destination = destination == null ? List.of() : List.copyOf(destination);
        }
    }

    /** A flight or a count of flights; {@code quote} is a substring of the text that holds its number. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Flight(
            String quote,
            BigDecimal flightCount,
            BigDecimal passengerCount,
            List<String> origin,
            List<String> destination,
            String departurePlace,
            String arrivalPlace,
            String date) {}
}
