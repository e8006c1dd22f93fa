package org.homeward.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.StatisticKind;

/**
 * The figures a document has given so far, in order, and what they tell a later sentence that leaves
 * something unsaid: the group a make-up breaks down, the people "40 more children" adds to, and the route
 * of returns whose sentence does not give it.
 */
final class DocumentFigures {

    /** Kinds that count people going home, or about to. */
    static final Set<StatisticKind> HOMEWARD = Set.of(
            StatisticKind.RETURNED, StatisticKind.REPATRIATED, StatisticKind.EXPECTED_TO_RETURN,
            StatisticKind.AWAITING_RETURN, StatisticKind.IDENTIFIED_FOR_RETURN);
    /** Kinds whose people leave somewhere: going home, about to, or evacuated from where they were. */
    private static final Set<StatisticKind> OUTWARD = Stream.concat(HOMEWARD.stream(),
            Stream.of(StatisticKind.EVACUATED)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> CONTINUATION = Set.of("more", "other", "another", "further", "additional");
    private static final int COMPOSITION_REACH = 6;

    /** The two ends of a route. */
    enum Leg { ORIGIN, DESTINATION }

    /** A statistic with the index of the sentence it was read from. */
    private record Found(ReturnStatistic statistic, int sentence) {}

    private final String datelineCountry;
    private final List<Found> totals = new ArrayList<>();
    private final List<ReturnStatistic> all = new ArrayList<>();
    private final Map<Leg, Set<String>> awaiting = Map.of(Leg.ORIGIN, new HashSet<>(), Leg.DESTINATION, new HashSet<>());
    private int compositionSentence = -1;

    /** The figures of a document written where its dateline says, or null when it has none in a known country. */
    DocumentFigures(String datelineCountry) {
        this.datelineCountry = datelineCountry;
    }

    /** Records a figure of its own, which later breakdowns may refer to. */
    void addTotal(ReturnStatistic statistic, int sentence) {
        all.add(statistic);
        totals.add(new Found(statistic, sentence));
    }

    /** Records a breakdown of a total. */
    void addPart(ReturnStatistic statistic, int sentence) {
        all.add(statistic);
        compositionSentence = sentence;
    }

    /** Whether the sentence before {@code sentence} broke a total down. */
    boolean compositionContinues(int sentence) {
        return compositionSentence == sentence - 1;
    }

    /** Whether a figure of that id has been recorded. */
    boolean recorded(String id) {
        return byId(id).isPresent();
    }

    /** The figure recorded with that id, if any. */
    Optional<ReturnStatistic> byId(String id) {
        return all.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The latest total of that value given before sentence {@code sentence}, if any. */
    Optional<ReturnStatistic> toldAs(BigDecimal value, int sentence) {
        return totals.stream().filter(f -> f.sentence() < sentence && f.statistic().value().compareTo(value) == 0)
                .reduce((first, second) -> second).map(Found::statistic);
    }

    /** The figure given last, if any. */
    Optional<ReturnStatistic> latest() {
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The latest recent total before the sentence, of the nationality if one is given and any total has it. */
    ReturnStatistic latestTotal(int sentence, String nationality) {
        return totalOfNationality(latestTotal(sentence), nationality, sentence);
    }

    /** Of the recent totals, the latest whose people share the nationality, or the latest of all. */
    private ReturnStatistic totalOfNationality(ReturnStatistic latest, String nationality, int sentence) {
        if (latest == null || nationality == null || nationality.equals(latest.nationality())) {
            return latest;
        }
        for (int i = totals.size() - 1; i >= 0; i--) {
            Found f = totals.get(i);
            if (f.sentence() < sentence && f.sentence() >= sentence - COMPOSITION_REACH
                    && nationality.equals(f.statistic().nationality())) {
                return f.statistic();
            }
        }
        return latest;
    }

    /** The main figure of the latest of the last few sentences that counted people, before sentence {@code sentence}. */
    ReturnStatistic latestTotal(int sentence) {
        return latestTotalOfAtLeast(sentence, BigDecimal.ZERO);
    }

    /**
     * The first figure of at least {@code value} people in the latest of the last few sentences that gave one,
     * before sentence {@code sentence}: the total that a part, or a table adding up to {@code value}, can detail.
     */
    ReturnStatistic latestTotalOfAtLeast(int sentence, BigDecimal value) {
        ReturnStatistic first = null;
        int latest = -1;
        for (Found f : totals) {
            if (f.sentence() >= sentence - COMPOSITION_REACH && f.sentence() < sentence && f.sentence() > latest
                    && f.statistic().value().compareTo(value) >= 0) {
                first = f.statistic(); // the main figure of the latest sentence that counted people
                latest = f.sentence();
            }
        }
        return first;
    }

    /** "another 74 children", "40 more children": the earlier figure of the same people this one adds to. */
    Optional<ReturnStatistic> continues(List<Token> t, Quantity q, PopulationPhrase people) {
        boolean cue = q.from() > 0 && CONTINUATION.contains(t.get(q.from() - 1).lower())
                || q.to() < t.size() && CONTINUATION.contains(t.get(q.to()).lower());
        if (!cue) {
            return Optional.empty();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).population() == people.population() && all.get(i).nationality() != null) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the document's latest figure that says it has people come from, for a return or evacuation that
     * does not say; failing that, the country of the dateline when the people go elsewhere ("QUETTA: 3,000
     * Afghans crossed back into Afghanistan").
     */
    List<String> documentOrigin(StatisticKind kind, List<String> destinations) {
        if (!OUTWARD.contains(kind)) {
            return List.of();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            ReturnStatistic earlier = all.get(i);
            List<String> countries = countriesOf(earlier.origins());
            if (OUTWARD.contains(earlier.kind()) && countries.size() == 1 && !destinations.contains(countries.get(0))) {
                return countries;
            }
        }
        boolean reportedFromAbroad = datelineCountry != null && !destinations.isEmpty()
                && !destinations.contains(datelineCountry);
        return reportedFromAbroad ? List.of(datelineCountry) : List.of();
    }

    /** Records that the figure of that id says nothing of that leg of its route, nor that it is elsewhere. */
    void await(Leg leg, String id) {
        awaiting.get(leg).add(id);
    }

    /** Whether the figure of that id may take the document's prevailing country of that leg ({@link PrevailingRoute}). */
    boolean awaits(Leg leg, String id) {
        return awaiting.get(leg).contains(id);
    }

    /** The country keys among the keys. */
    static List<String> countriesOf(List<String> keys) {
        return keys.stream().filter(k -> k.startsWith("country/")).toList();
    }

    /** Where the document's latest figure that says it has people return to, unless that is where these come from. */
    List<String> documentDestination(List<String> origins) {
        for (int i = all.size() - 1; i >= 0; i--) {
            List<String> countries = countriesOf(all.get(i).destinations());
            if (HOMEWARD.contains(all.get(i).kind()) && countries.size() == 1 && !origins.contains(countries.get(0))) {
                return countries;
            }
        }
        return List.of();
    }
}
