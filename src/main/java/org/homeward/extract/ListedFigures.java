package org.homeward.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.EntityType;
import org.homeward.model.Population;
import org.homeward.model.Provenance;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;

/**
 * Figures that a list or a flattened table sets beside the names they break a total down by: "640 refugees
 * returned from Kenya (420), Uganda (150) and other countries (70)", or a line "Goma 214 | Bukavu 97 | Total
 * 311" under the figure it details. Each is a part of the total; the country it names is where they came
 * from, where they went ("returned to Mali (40) and Chad (12)") or whose citizens they are ("the deportees
 * were citizens of Peru (31) and Chile (9)"), as the word leading the list says, and a place that is no
 * country leaves the total's route. A list in a sentence of its own details the figure given last of at
 * least its sum. The table's "Total" restates the total.
 */
final class ListedFigures {

    private static final Set<String> UNNAMED = Set.of("countries", "others", "elsewhere", "locations", "places");
    /** Words before a list that make its countries those of the people's citizenship. */
    private static final Set<String> CITIZENSHIP = Set.of("citizens", "nationals", "nationality", "nationalities",
            "origin");
    /** Prepositions before a list that make its countries where the people came from or went. */
    private static final Map<String, Role> ROLES = Map.of("from", Role.ORIGIN, "to", Role.DESTINATION,
            "into", Role.DESTINATION);

    /** What the countries of a list say of the people counted beside them. */
    private enum Role { ORIGIN, DESTINATION, CITIZENSHIP }

    private final DocumentFigures figures;
    private final String text;

    ListedFigures(DocumentFigures figures, String text) {
        this.figures = figures;
        this.text = text;
    }

    /** The figure the number gives in a list or table, or empty when it stands in neither. */
    Optional<ReturnStatistic> read(SentenceFacts facts, Quantity q, List<ReturnStatistic> found) {
        List<Token> t = facts.tokens();
        boolean bracketed = isBracketed(t, q);
        boolean cell = !bracketed && q.from() > 0 && t.get(q.from() - 1).isWord() && isTableRow(t);
        if (!bracketed && !cell) {
            return Optional.empty();
        }
        int name = bracketed ? q.from() - 2 : q.from() - 1;
        Optional<Quantity> rowTotal = cell ? rowTotal(facts) : Optional.empty();
        ReturnStatistic total = bracketed ? listTotal(facts, found) : figures.latestTotalOfAtLeast(
                facts.sentence().index(), rowTotal.orElse(q).value());
        if (total == null || !t.get(name).isWord()) {
            return Optional.empty();
        }
        Optional<Quantity> ownTotal = rowTotal.filter(r -> r.value().compareTo(total.value()) != 0);
        if (t.get(name).is("total")) {
            return total.value().compareTo(q.value()) == 0 || ownTotal.isPresent()
                    ? Optional.of(copy(total, facts, q, total.origins(), total.destinations(), null,
                            "stat.table-total"))
                    : Optional.empty();
        }
        String partOf = ownTotal.map(r -> StatisticFinder.id(facts, r)).orElse(total.id());
        return Optional.of(part(total, facts, q, name, partOf));
    }

    /** The total a bracketed list details: the sentence's own figure, else the latest of at least its sum. */
    private ReturnStatistic listTotal(SentenceFacts facts, List<ReturnStatistic> found) {
        ReturnStatistic own = last(found);
        if (own != null) {
            return own;
        }
        List<Quantity> listed = facts.quantities().stream().filter(r -> isBracketed(facts.tokens(), r)).toList();
        if (listed.size() < 2) {
            return null;
        }
        BigDecimal sum = listed.stream().map(Quantity::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        ReturnStatistic total = figures.latestTotalOfAtLeast(facts.sentence().index(), sum);
        // A list that covers only a sliver of the figure before it details some figure the reader missed.
        return total != null && sum.multiply(BigDecimal.valueOf(4)).compareTo(total.value()) >= 0 ? total : null;
    }

    private static boolean isBracketed(List<Token> t, Quantity q) {
        return q.from() > 1 && t.get(q.from() - 1).is("(") && q.to() < t.size() && t.get(q.to()).is(")")
                && t.get(q.from() - 2).isWord();
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

    /** The part the number gives beside the name at {@code name}, routed by the country it names. */
    private ReturnStatistic part(ReturnStatistic total, SentenceFacts facts, Quantity q, int name, String partOf) {
        List<Token> t = facts.tokens();
        Optional<EntityMatch> country = facts.entities().stream()
                .filter(m -> m.covers(name) && m.type() == EntityType.COUNTRY).findFirst();
        Role role = role(t, name, country, total);
        if (UNNAMED.contains(t.get(name).lower())) {
            return role == Role.DESTINATION ? listed(total, facts, q, total.origins(), List.of(), partOf)
                    : listed(total, facts, q, List.of(), total.destinations(), partOf);
        }
        if (country.isEmpty()) {
            return listed(total, facts, q, total.origins(), total.destinations(), partOf);
        }
        String key = country.get().key();
        return switch (role) {
            case DESTINATION -> listed(total, facts, q, total.origins(), List.of(key), partOf);
            case CITIZENSHIP -> citizens(total, facts, q, key, partOf);
            case ORIGIN -> listed(total, facts, q, total.destinations().contains(key) ? total.origins() : List.of(key),
                    total.destinations(), partOf);
        };
    }

    /** What a list's countries are: citizenship for demonyms, else as the nearest cue says, else origins. */
    private static Role role(List<Token> t, int name, Optional<EntityMatch> country, ReturnStatistic total) {
        int cue = cue(t, name);
        Role role = country.isPresent() && country.get().countryForm() != Lexicons.CountryForm.NAME
                ? Role.CITIZENSHIP // "Malians (40)"
                : cue < 0 ? Role.ORIGIN : ROLES.getOrDefault(t.get(cue).lower(), Role.CITIZENSHIP);
        // People of one nationality are broken down by something else.
        return role == Role.CITIZENSHIP && total.nationality() != null ? Role.ORIGIN : role;
    }

    /** The nearest words before the name that say what its list's countries are, or -1. */
    private static int cue(List<Token> t, int name) {
        for (int i = name - 1; i >= 0; i--) {
            if (ROLES.containsKey(t.get(i).lower()) && leadsToPlace(t, i) || isCitizenship(t, i)) {
                return i;
            }
        }
        return -1;
    }

    /** "to Mali", "into the Sudan", not "to return". */
    private static boolean leadsToPlace(List<Token> t, int i) {
        return i + 1 < t.size() && (t.get(i + 1).isCapitalised() || t.get(i + 1).is("the"));
    }

    /** "citizens of", "nationals of", "by nationality", "countries of origin". */
    private static boolean isCitizenship(List<Token> t, int i) {
        String word = t.get(i).lower();
        if (word.equals("origin")) {
            return i > 1 && t.get(i - 1).is("of") && t.get(i - 2).lower().startsWith("countr");
        }
        return CITIZENSHIP.contains(word)
                && (word.startsWith("nationalit") || i + 1 < t.size() && t.get(i + 1).is("of"));
    }

    /** Citizens of the named country: going home unless the total took them elsewhere. */
    private ReturnStatistic citizens(ReturnStatistic total, SentenceFacts facts, Quantity q, String country,
            String partOf) {
        List<String> destinations = DocumentFigures.HOMEWARD.contains(total.kind()) ? List.of(country)
                : total.destinations();
        Population population = total.population() == Population.PEOPLE ? Population.CITIZENS : total.population();
        return new ReturnStatistic(StatisticFinder.id(facts, q), q.value(), q.qualifier(), population, total.kind(),
                country, total.origins(), destinations, total.period(), statedBy(facts, total),
                attribution(facts, total), partOf, Span.of(text, facts.sentence().start(), facts.sentence().end()),
                new Provenance("stat.listed-part", 0.7));
    }

    /** Who gives the list: the sentence's own source, else the total's ("according to the ministry, …"). */
    private static String statedBy(SentenceFacts facts, ReturnStatistic total) {
        return facts.speaker() != null ? facts.speaker().speaker() : total.statedBy();
    }

    private static String attribution(SentenceFacts facts, ReturnStatistic total) {
        return facts.speaker() != null ? facts.speaker().id() : total.attribution();
    }

    private ReturnStatistic listed(ReturnStatistic total, SentenceFacts facts, Quantity q, List<String> origins,
            List<String> destinations, String partOf) {
        return copy(total, facts, q, origins, destinations, partOf, "stat.listed-part");
    }

    private ReturnStatistic copy(ReturnStatistic total, SentenceFacts facts, Quantity q, List<String> origins,
            List<String> destinations, String partOf, String rule) {
        ReturnStatistic copy = total.restated(StatisticFinder.id(facts, q), q.value(), q.qualifier(), origins,
                destinations, total.period(), partOf, Span.of(text, facts.sentence().start(), facts.sentence().end()),
                new Provenance(rule, 0.7));
        return copy.withSource(statedBy(facts, total), attribution(facts, total));
    }
}
