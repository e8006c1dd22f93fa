package org.homeward.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.EntityType;
import org.homeward.model.Provenance;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;

/**
 * A figure another state gives in the same breath, its verb and people left out: "Kazakhstan has brought back
 * 750 of its citizens, and Tajikistan about 400", "Uzbekistan repatriated 531, Tajikistan 330". When the
 * figure before counts a state's own citizens going home, the gapped one counts the second state's.
 */
final class GappedFigures {

    private static final Set<String> JOINS = Set.of(",", "and");
    private static final Set<String> ENDS = Set.of(",", ".", ";", "and");

    private final String text;

    GappedFigures(String text) {
        this.text = text;
    }

    /** The figure of the state named right before the number, or empty when the number is no such figure. */
    Optional<ReturnStatistic> read(SentenceFacts facts, Quantity q, List<ReturnStatistic> found) {
        List<Token> t = facts.tokens();
        boolean ends = q.to() == t.size() || ENDS.contains(t.get(q.to()).lower());
        boolean range = t.subList(q.from(), q.numberFrom()).stream().anyMatch(w -> w.is("between") || w.is("from"));
        Optional<EntityMatch> state = facts.entities().stream()
                .filter(m -> m.to() == q.from() && m.type() == EntityType.COUNTRY && m.from() > 0
                        && JOINS.contains(t.get(m.from() - 1).lower()))
                .findFirst();
        Optional<ReturnStatistic> model = found.stream().filter(s -> s.partOf() == null).reduce((a, b) -> b)
                .filter(s -> s.nationality() != null && s.destinations().contains(s.nationality()));
        if (!ends || range || state.isEmpty() || model.isEmpty() || model.get().nationality().equals(state.get().key())) {
            return Optional.empty();
        }
        ReturnStatistic m = model.get();
        String country = state.get().key();
        return Optional.of(new ReturnStatistic(StatisticFinder.id(facts, q), q.value(), q.qualifier(), m.population(),
                m.kind(), country, m.origins(), List.of(country), m.period(), m.statedBy(), m.attribution(), null,
                Span.of(text, facts.sentence().start(), facts.sentence().end()), new Provenance("stat.gapped", 0.75)));
    }
}
