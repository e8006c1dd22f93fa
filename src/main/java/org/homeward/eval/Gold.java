package org.homeward.eval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.homeward.model.Population;
import org.homeward.model.Qualifier;
import org.homeward.model.StatisticKind;

/**
 * The gold annotations of one evaluation document ({@code name.gold.json}): what a careful reader finds in it.
 * Countries are ISO 3166-1 alpha-2 codes; persons and organisations are names as the text first writes them.
 * The format is strict: a key or a value it does not define is an error when the file is read
 * ({@code eval/README.md} documents every key).
 */
public record Gold(
        List<Statistic> statistics,
        List<Flight> flights,
        List<String> persons,
        List<Organisation> organisations,
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
    public record Statistic(
            String quote,
            BigDecimal value,
            Qualifier qualifier,
            Population population,
            StatisticKind kind,
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
    public record Flight(
            String quote,
            BigDecimal flightCount,
            BigDecimal passengerCount,
            List<String> origin,
            List<String> destination,
            String departurePlace,
            String arrivalPlace,
            String date,
            String carrier) {

        /** Absent routes are empty. */
        public Flight {
            origin = origin == null ? List.of() : List.copyOf(origin);
            destination = destination == null ? List.of() : List.copyOf(destination);
        }
    }

    /** One organisation with every form the text names it by: a name, or an array of a name and its aliases. */
    public record Organisation(List<String> forms) {

        /** At least one form. */
        public Organisation {
            if (forms.isEmpty()) {
                throw new IllegalArgumentException("an organisation needs at least one name");
            }
            forms = List.copyOf(forms);
        }

        /** Reads {@code "IOM"} or {@code ["International Organization for Migration", "IOM"]}. */
        @JsonCreator
        static Organisation of(JsonNode node) {
            List<String> forms = new ArrayList<>();
            for (JsonNode form : node.isArray() ? node : List.of(node)) {
                if (!form.isTextual()) {
                    throw new IllegalArgumentException("an organisation is a name or an array of names, not " + form);
                }
                forms.add(form.asText());
            }
            return new Organisation(forms);
        }
    }
}
