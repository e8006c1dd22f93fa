package org.homeward.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.homeward.model.ReturnStatistic;

/**
 * Where a document's people came from, for the figures whose own sentence does not say: an article about
 * returns from one country names that country once or twice and then counts on ("Another 1,200 crossed on
 * Tuesday"). The country most of the document's figures left is the origin of those that name none and do
 * not place their people elsewhere, when it is not where they went.
 */
final class PrevailingOrigin {

    private static final int AT_LEAST = 2;

    private PrevailingOrigin() {}

    /** The statistics, those {@code awaiting} an origin given the document's prevailing one where it has one. */
    static List<ReturnStatistic> fill(List<ReturnStatistic> statistics, Predicate<String> awaiting) {
        return prevailing(statistics).map(origin -> statistics.stream()
                .map(s -> awaiting.test(s.id()) && lacksOrigin(s, origin) ? withOrigin(s, origin) : s).toList())
                .orElse(statistics);
    }

    /** The country that more than half of the figures with one origin country left, and at least two. */
    private static Optional<String> prevailing(List<ReturnStatistic> statistics) {
        List<String> single = statistics.stream().map(s -> DocumentFigures.countriesOf(s.origins()))
                .filter(o -> o.size() == 1).map(o -> o.get(0)).toList();
        Map<String, Long> byCountry = single.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        return byCountry.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= AT_LEAST && e.getValue() * 2 > single.size()).map(Map.Entry::getKey);
    }

    private static boolean lacksOrigin(ReturnStatistic s, String origin) {
        return s.origins().isEmpty() && !s.destinations().contains(origin);
    }

    private static ReturnStatistic withOrigin(ReturnStatistic s, String origin) {
        return new ReturnStatistic(s.id(), s.value(), s.qualifier(), s.population(), s.kind(), s.nationality(),
                List.of(origin), s.destinations(), s.period(), s.statedBy(), s.attribution(), s.partOf(),
                s.evidence(), s.provenance());
    }
}
