package org.homeward.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.model.Flight;
import org.homeward.model.ReturnStatistic;

/**
 * Where the people a flight carried came from and went: "A plane carrying 163 migrants landed in Conakry"
 * takes its passengers to Guinea, and the breakdowns of that group with them. A figure whose own sentences
 * name no end of its route takes that end from the single flight that carried exactly that many, told with it
 * or after it, unless the country is the other end of the figure's route.
 */
final class FlightRoute {

    private FlightRoute() {}

    /** The statistics, those a flight carried given the flight's route where they name none. */
    static List<ReturnStatistic> fill(List<ReturnStatistic> statistics, List<Flight> flights) {
        Map<String, Flight> flightByTotal = new HashMap<>();
        for (Flight flight : flights) {
            if (flight.flightCount() == null && flight.passengerCount() != null) {
                carried(statistics, flight).ifPresent(s -> flightByTotal.put(s.id(), flight));
            }
        }
        return statistics.stream().map(s -> {
            Flight flight = flightByTotal.get(s.partOf() == null ? s.id() : s.partOf());
            return flight == null ? s : flown(s, flight);
        }).toList();
    }

    private static ReturnStatistic flown(ReturnStatistic s, Flight flight) {
        List<String> destinations = s.destinations().isEmpty()
                && flight.destinations().stream().noneMatch(s.origins()::contains) ? flight.destinations() : s.destinations();
        List<String> origins = s.origins().isEmpty()
                && flight.origins().stream().noneMatch(destinations::contains) ? flight.origins() : s.origins();
        return s.withRoute(origins, destinations);
    }

    /** The latest total told before the flight's sentence ends that counts exactly its passengers. */
    private static Optional<ReturnStatistic> carried(List<ReturnStatistic> statistics, Flight flight) {
        ReturnStatistic carried = null;
        for (ReturnStatistic s : statistics) {
            if (s.evidence().start() < flight.evidence().end() && s.partOf() == null
                    && s.value().compareTo(flight.passengerCount()) == 0) {
                carried = s;
            }
        }
        return Optional.ofNullable(carried);
    }
}
