package org.homeward.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A repatriation flight, or a report that counts several at once ("six flights since March 2021").
 *
 * @param id identifier within the document
 * @param origins keys of the countries flown from
 * @param destinations keys of the countries flown to
 * @param departurePlace key of the airport or city of departure
 * @param arrivalPlace key of the airport or city of arrival
 * @param period the flight's date, or for several flights the period they span
 * @param passengerCount how many people were on board
 * @param flightCount for aggregated reports, how many flights
 * @param population who was flown
 * @param nationality key of the passengers' country
 * @param organisedBy key of the country, organisation or person that organised it
 * @param carrier key of the airline or air force that flew it
 * @param aircraft the aircraft type as the text names it ("Ilyushin Il-76"), if it does
 * @param statedBy key of the person or organisation the text attributes the report to
 * @param attribution id of the {@link Attribution} that carries the speaker's evidence
 * @param partOf id of the aggregated report this one is a breakdown of
 * @param evidence the quote the flight was read from
 * @param provenance the rule and its confidence
 */
public record Flight(
        String id,
        List<String> origins,
        List<String> destinations,
        String departurePlace,
        String arrivalPlace,
        Period period,
        BigDecimal passengerCount,
        BigDecimal flightCount,
        Population population,
        String nationality,
        String organisedBy,
        String carrier,
        String aircraft,
        String statedBy,
        String attribution,
        String partOf,
        Span evidence,
        Provenance provenance) {

    /** Copies the lists so the record stays immutable. */
    public Flight {
        origins = List.copyOf(origins);
        destinations = List.copyOf(destinations);
        period = period == null ? Period.UNKNOWN : period;
    }

    /** This flight, with what {@code other}, the same flight told again, says of its route and carrier where this says nothing. */
    public Flight completedBy(Flight other) {
        return new Flight(id, origins.isEmpty() ? other.origins : origins,
                destinations.isEmpty() ? other.destinations : destinations,
                departurePlace == null ? other.departurePlace : departurePlace,
                arrivalPlace == null ? other.arrivalPlace : arrivalPlace, period, passengerCount, flightCount, population,
                nationality, organisedBy, carrier == null ? other.carrier : carrier,
                aircraft == null ? other.aircraft : aircraft, statedBy, attribution, partOf, evidence, provenance);
    }

    /** This flight with another quote as its evidence: the whole text that tells it, where it takes two sentences. */
    public Flight withEvidence(Span other) {
        return new Flight(id, origins, destinations, departurePlace, arrivalPlace, period, passengerCount, flightCount,
                population, nationality, organisedBy, carrier, aircraft, statedBy, attribution, partOf, other, provenance);
    }
}
