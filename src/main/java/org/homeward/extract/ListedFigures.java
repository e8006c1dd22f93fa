package org.homeward.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.EntityType;
import org.homeward.model.Provenance;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;

/**
 * Figures that a list or a flattened table sets beside the names they break a total down by: "640 refugees
 * returned from Kenya (420), Uganda (150) and other countries (70)", or a line "Goma 214 | Bukavu 97 | Total
 * 311" under the figure it details. Each is a part of the total, from the country it names, or from where
 * the total came when it names a place; the table's "Total" restates the total.
 */
final class ListedFigures {

    private static final Set<String> UNNAMED = Set.of("countries", "others", "elsewhere", "locations", "places");

    private final DocumentFigures figures;
    private final String text;

    ListedFigures(DocumentFigures figures, String text) {
        this.figures = figures;
        this.text = text;
    }

    /** The figure the number gives in a list or table, or empty when it stands in neither. */
    Optional<ReturnStatistic> read(SentenceFacts facts, Quantity q, List<ReturnStatistic> found) {
        List<Token> t = facts.tokens();
        boolean bracketed = q.from() > 1 && t.get(q.from() - 1).is("(") && q.to() < t.size() && t.get(q.to()).is(")");
        boolean cell = !bracketed && q.from() > 0 && t.get(q.from() - 1).isWord() && isTableRow(t);
        if (!bracketed && !cell) {
            return Optional.empty();
        }
        int name = bracketed ? q.from() - 2 : q.from() - 1;
        Optional<Quantity> rowTotal = cell ? rowTotal(facts) : Optional.empty();
        ReturnStatistic total = bracketed ? last(found) : figures.latestTotalOfAtLeast(facts.sentence().index(),
                rowTotal.orElse(q).value());
        if (total == null || !t.get(name).isWord()) {
            return Optional.empty();
        }
        Optional<Quantity> ownTotal = rowTotal.filter(r -> r.value().compareTo(total.value()) != 0);
        if (t.get(name).is("total")) {
            return total.value().compareTo(q.value()) == 0 || ownTotal.isPresent()
                    ? Optional.of(copy(total, facts, q, total.origins(), null, "stat.table-total")) : Optional.empty();
        }
        String partOf = ownTotal.map(r -> StatisticFinder.id(facts, r)).orElse(total.id());
        return Optional.of(copy(total, facts, q, origins(facts, name, total), partOf, "stat.listed-part"));
    }

    /**
     * The figure a row's "Total" cell gives. A row whose total is not a figure given before it is a table of
     * its own ("Masnaa 410 | Qaa 90 | Total 500" under the year's 81,000): its cells break down that total,
     * which the row states as a figure of the same people as the larger one it details.
     */
    private static Optional<Quantity> rowTotal(SentenceFacts facts) {
        return facts.quantities().stream()
                .filter(r -> r.from() > 0 && facts.tokens().get(r.from() - 1).is("total")).findFirst();
    }

    /** A line whose cells a vertical bar parts: "Gitara 246 | Mabanda 185". */
    private static boolean isTableRow(List<Token> t) {
        return t.stream().filter(token -> token.is("|")).count() >= 1;
    }

    private static ReturnStatistic last(List<ReturnStatistic> found) {
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i).partOf() == null) {
                return found.get(i);
            }
        }
        return null;
    }

    /** The country the cell names, none for "other countries", else where the total came from. */
    private static List<String> origins(SentenceFacts facts, int name, ReturnStatistic total) {
        if (UNNAMED.contains(facts.tokens().get(name).lower())) {
            return List.of();
        }
        for (EntityMatch m : facts.entities()) {
            if (m.covers(name) && m.type() == EntityType.COUNTRY && !total.destinations().contains(m.key())) {
                return List.of(m.key());
            }
        }
        return total.origins();
    }

    private ReturnStatistic copy(ReturnStatistic total, SentenceFacts facts, Quantity q, List<String> origins,
            String partOf, String rule) {
        return total.restated(StatisticFinder.id(facts, q), q.value(), q.qualifier(),
                origins, total.destinations(), total.period(), partOf,
                Span.of(text, facts.sentence().start(), facts.sentence().end()), new Provenance(rule, 0.7));
    }
}
