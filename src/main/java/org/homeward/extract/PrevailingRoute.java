package org.homeward.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.homeward.extract.DocumentFigures.Leg;
import org.homeward.model.Population;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.StatisticKind;

/**
 * Where a document's people came from and went, for the figures whose own sentence does not say: an article
 * about returns from one country to another names them once or twice and then counts on ("Another 1,200
 * crossed on Tuesday"). The country most of the document's figures left (or reached) is the origin (or the
 * destination) of those that name none and do not place their people elsewhere, unless it is the other end
 * of their own route. Failing that, the headline's journey is theirs ({@link HeadlineRoute}).
 */
final class PrevailingRoute {

    private static final int AT_LEAST = 2;
    /** What people may do inside one country: not be repatriated or resettled, which crosses a border. */
    private static final Set<StatisticKind> INTERNAL_KINDS = EnumSet.of(StatisticKind.RETURNED,
            StatisticKind.EVACUATED, StatisticKind.TRANSFERRED, StatisticKind.EXPECTED_TO_RETURN);

    private PrevailingRoute() {}

    /**
     * The statistics, those {@code awaiting} a leg of their route given the document's prevailing one, those whose
     * route names no country given the {@code setting} country the document is set in, if any, and those still
     * awaiting a leg given the {@code headline}'s: its origin only to people of another country than it.
     */
    static List<ReturnStatistic> fill(List<ReturnStatistic> statistics, BiPredicate<Leg, String> awaiting,
            Optional<String> setting, HeadlineRoute headline) {
        List<ReturnStatistic> withOrigins = fill(statistics, Leg.ORIGIN, awaiting, prevailing(statistics, Leg.ORIGIN));
        List<ReturnStatistic> routed = fill(withOrigins, Leg.DESTINATION, awaiting,
                prevailing(withOrigins, Leg.DESTINATION)).stream()
                .map(PrevailingRoute::withinOneCountry)
                .map(s -> setting.map(country -> withinTheSetting(s, country)).orElse(s)).toList();
        Set<String> foreigners = ofOtherCountries(routed, headline.origin());
        List<ReturnStatistic> filled = fill(fill(routed, Leg.ORIGIN, (leg, id) -> awaiting.test(leg, id)
                && foreigners.contains(id), headline.origin()), Leg.DESTINATION, awaiting, headline.destination());
        return withTotalsFilledRoutes(statistics, filled);
    }

    /** The ids of the figures whose people are of a known country, not {@code country}. */
    private static Set<String> ofOtherCountries(List<ReturnStatistic> statistics, Optional<String> country) {
        return statistics.stream().filter(s -> s.nationality() != null && !Optional.of(s.nationality()).equals(country))
                .map(ReturnStatistic::id).collect(Collectors.toSet());
    }

    /**
     * "More than 120,000 people have returned to Swat": in a document set in one country, people of no other
     * country who moved without a country named on their route moved within it, between places it does not know.
     */
    private static ReturnStatistic withinTheSetting(ReturnStatistic s, String country) {
        boolean unnamed = DocumentFigures.countriesOf(s.origins()).isEmpty()
                && DocumentFigures.countriesOf(s.destinations()).isEmpty();
        if (!unnamed || !INTERNAL_KINDS.contains(s.kind()) || s.nationality() != null && !s.nationality().equals(country)) {
            return s;
        }
        return s.withRoute(withCountry(s.origins(), country), withCountry(s.destinations(), country));
    }

    private static List<String> withCountry(List<String> route, String country) {
        return Stream.concat(Stream.of(country), route.stream()).toList();
    }

    /**
     * "402 men and 35 boys": a part read before its total's route was known made the journey that the rest of
     * the document gave the total; a part that names its own end, or none on purpose ("other countries (70)"),
     * took it from its total as it stood.
     */
    private static List<ReturnStatistic> withTotalsFilledRoutes(List<ReturnStatistic> read, List<ReturnStatistic> filled) {
        Map<String, ReturnStatistic> asRead = byId(read);
        Map<String, ReturnStatistic> asFilled = byId(filled);
        return filled.stream().map(s -> {
            ReturnStatistic before = s.partOf() == null ? null : asRead.get(s.partOf());
            ReturnStatistic after = s.partOf() == null ? null : asFilled.get(s.partOf());
            if (before == null || after == null) {
                return s;
            }
            boolean origins = s.origins().isEmpty() && before.origins().isEmpty();
            boolean destinations = s.destinations().isEmpty() && before.destinations().isEmpty();
            return s.withRoute(origins ? after.origins() : s.origins(), destinations ? after.destinations() : s.destinations());
        }).toList();
    }

    private static Map<String, ReturnStatistic> byId(List<ReturnStatistic> statistics) {
        return statistics.stream().collect(Collectors.toMap(ReturnStatistic::id, Function.identity(), (a, b) -> a));
    }

    /** People displaced inside their country return within it: the one end known is the other too. */
    private static ReturnStatistic withinOneCountry(ReturnStatistic s) {
        if (s.population() != Population.INTERNALLY_DISPLACED_PERSONS || s.origins().isEmpty() == s.destinations().isEmpty()) {
            return s;
        }
        List<String> country = DocumentFigures.countriesOf(s.origins().isEmpty() ? s.destinations() : s.origins());
        if (country.size() != 1) {
            return s;
        }
        return s.origins().isEmpty() ? s.withRoute(country, s.destinations()) : s.withRoute(s.origins(), country);
    }

    private static List<ReturnStatistic> fill(List<ReturnStatistic> statistics, Leg leg,
            BiPredicate<Leg, String> awaiting, Optional<String> end) {
        return end.map(country -> statistics.stream()
                .map(s -> awaiting.test(leg, s.id()) && lacks(s, leg, country) ? with(s, leg, country) : s).toList())
                .orElse(statistics);
    }

    /** The country that more than half of the figures with one country on that leg share, and at least two. */
    private static Optional<String> prevailing(List<ReturnStatistic> statistics, Leg leg) {
        List<String> single = statistics.stream().map(s -> DocumentFigures.countriesOf(ownEnd(s, leg)))
                .filter(c -> c.size() == 1).map(c -> c.get(0)).toList();
        Map<String, Long> byCountry = single.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        return byCountry.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= AT_LEAST && e.getValue() * 2 > single.size()).map(Map.Entry::getKey);
    }

    private static boolean lacks(ReturnStatistic s, Leg leg, String country) {
        return ownEnd(s, leg).isEmpty() && !otherEnd(s, leg).contains(country);
    }

    private static List<String> ownEnd(ReturnStatistic s, Leg leg) {
        return leg == Leg.ORIGIN ? s.origins() : s.destinations();
    }

    private static List<String> otherEnd(ReturnStatistic s, Leg leg) {
        return leg == Leg.ORIGIN ? s.destinations() : s.origins();
    }

    private static ReturnStatistic with(ReturnStatistic s, Leg leg, String country) {
        return s.withRoute(leg == Leg.ORIGIN ? List.of(country) : s.origins(),
                leg == Leg.DESTINATION ? List.of(country) : s.destinations());
    }
}
