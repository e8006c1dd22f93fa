package org.homeward.eval;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;
import org.homeward.model.Flight;
import org.homeward.model.Mention;
import org.homeward.model.Period;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;
import org.homeward.model.StatisticKind;

/**
 * Scores one document's annotations against its gold. A statistic matches a gold one when its value is the
 * same and its evidence covers the gold quote (a flight, when its flight count or passenger count is); each
 * field of a matched fact is then scored as a slot: a wrong value is both a false positive and a false
 * negative, and is reported as a {@link Finding}. Pure.
 */
public final class Scorer {

    private final String text;
    private final Gold gold;
    private final DocumentAnnotations annotations;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Names names;
    private final Tally tally;
    private final List<Field<Gold.Statistic, ReturnStatistic>> statisticFields;
    private final List<Field<Gold.Flight, Flight>> flightFields;

    private Scorer(String document, String text, Gold gold, DocumentAnnotations annotations) {
        this.text = text;
        this.gold = gold;
        this.annotations = annotations;
        this.names = new Names(gold.organisations());
        this.tally = new Tally(document);
        annotations.entities().forEach(e -> entities.put(e.key(), e));
        this.statisticFields = statisticFields();
        this.flightFields = flightFields();
    }

    /** The scores of one document, and every fact missed or wrong. */
    public static DocumentScore score(String document, String text, Gold gold, DocumentAnnotations annotations) {
        Scorer scorer = new Scorer(document, text, gold, annotations);
        scorer.statistics();
        scorer.flights();
        new NameScores(scorer.tally, annotations).score(gold);
        return new DocumentScore(scorer.tally.scores(), scorer.tally.findings());
    }

    /** A field scored as a slot: the gold's value, the prediction's, and when they agree. */
    private record Field<G, P>(Metric metric, Function<G, Object> expected, Function<P, Object> actual,
            BiPredicate<Object, Object> same) {

        static <G, P> Field<G, P> of(Metric metric, Function<G, Object> expected, Function<P, Object> actual) {
            return new Field<>(metric, expected, actual, Objects::equals);
        }
    }

    private List<Field<Gold.Statistic, ReturnStatistic>> statisticFields() {
        return List.of(
                Field.of(Metric.QUALIFIER, Gold.Statistic::qualifier, ReturnStatistic::qualifier),
                Field.of(Metric.POPULATION, Gold.Statistic::population, ReturnStatistic::population),
                Field.of(Metric.KIND, g -> family(g.kind()), p -> family(p.kind())),
                Field.of(Metric.NATIONALITY, Gold.Statistic::nationality, p -> iso(p.nationality())),
                Field.of(Metric.ORIGIN, g -> Set.copyOf(g.origin()), p -> countries(p.origins())),
                Field.of(Metric.DESTINATION, g -> Set.copyOf(g.destination()), p -> countries(p.destinations())),
                Field.of(Metric.PERIOD_START, Gold.Statistic::periodStart, p -> p.period().start()),
                Field.of(Metric.PERIOD_END, Gold.Statistic::periodEnd, p -> p.period().end()),
                new Field<>(Metric.SPEAKER, Gold.Statistic::statedBy, ReturnStatistic::statedBy, this::sameEntity),
                new Field<>(Metric.PART_OF, Gold.Statistic::partOf, this::totalOf, Scorer::sameNumber));
    }

    private List<Field<Gold.Flight, Flight>> flightFields() {
        return List.of(
                Field.of(Metric.FLIGHT_NUMBERS, g -> numbers(g.flightCount(), g.passengerCount()),
                        p -> numbers(p.flightCount(), p.passengerCount())),
                Field.of(Metric.FLIGHT_ORIGIN, g -> Set.copyOf(g.origin()), p -> countries(p.origins())),
                Field.of(Metric.FLIGHT_DESTINATION, g -> Set.copyOf(g.destination()), p -> countries(p.destinations())),
                new Field<>(Metric.FLIGHT_DEPARTURE, Gold.Flight::departurePlace, Flight::departurePlace, this::sameEntity),
                new Field<>(Metric.FLIGHT_ARRIVAL, Gold.Flight::arrivalPlace, Flight::arrivalPlace, this::sameEntity),
                Field.of(Metric.FLIGHT_DATE, Gold.Flight::date, p -> date(p.period())),
                new Field<>(Metric.FLIGHT_CARRIER, Gold.Flight::carrier, Flight::carrier, this::sameEntity));
    }

    private void statistics() {
        Map<Gold.Statistic, ReturnStatistic> matched = new LinkedHashMap<>();
        for (Gold.Statistic g : gold.statistics()) {
            annotations.statistics().stream()
                    .filter(p -> !matched.containsValue(p) && sameNumber(g.value(), p.value()) && covers(p.evidence(), g.quote()))
                    .findFirst().ifPresentOrElse(p -> matched.put(g, p), () -> missed(Metric.STATISTICS, g.quote(),
                            g.value(), g, statisticFields, Metric.COMPLETE));
        }
        matched.forEach((g, p) -> {
            tally.right(Metric.STATISTICS);
            statisticFields.forEach(f -> slot(f, g, p, g.quote(), p.provenance().rule()));
            boolean complete = statisticFields.stream().filter(f -> COMPLETE_FIELDS.contains(f.metric()))
                    .allMatch(f -> f.same().test(f.expected().apply(g), f.actual().apply(p)));
            tally.count(Metric.COMPLETE, !complete, !complete);
            if (complete) {
                tally.right(Metric.COMPLETE);
            }
        });
        annotations.statistics().stream().filter(p -> !matched.containsValue(p)).forEach(p -> spurious(
                Metric.STATISTICS, p.evidence(), p.value(), p, p.provenance().rule(), statisticFields, Metric.COMPLETE));
    }

    private static final Set<Metric> COMPLETE_FIELDS =
            Set.of(Metric.POPULATION, Metric.KIND, Metric.ORIGIN, Metric.DESTINATION);

    /**
     * A flight is one entry however many sentences tell of it: a found flight matches the gold one whose number it
     * has and whose quote it covers, else, when none covers it, the one whose number it alone has.
     */
    private void flights() {
        Map<Gold.Flight, Flight> matched = new LinkedHashMap<>();
        for (Gold.Flight g : gold.flights()) {
            annotations.flights().stream()
                    .filter(p -> !matched.containsValue(p) && sameFlightNumber(g, p) && covers(p.evidence(), g.quote()))
                    .findFirst().ifPresent(p -> matched.put(g, p));
        }
        for (Gold.Flight g : gold.flights()) {
            if (matched.containsKey(g)) {
                continue;
            }
            List<Flight> sameNumber = annotations.flights().stream()
                    .filter(p -> !matched.containsValue(p) && sameFlightNumber(g, p)).toList();
            boolean onlyGoldWithIt = gold.flights().stream().filter(o -> !matched.containsKey(o))
                    .filter(o -> sameNumber.stream().anyMatch(p -> sameFlightNumber(o, p))).count() == 1;
            if (sameNumber.size() == 1 && onlyGoldWithIt) {
                matched.put(g, sameNumber.get(0));
            }
        }
        gold.flights().stream().filter(g -> !matched.containsKey(g)).forEach(g -> missed(Metric.FLIGHTS, g.quote(),
                numbers(g.flightCount(), g.passengerCount()), g, flightFields, null));
        matched.forEach((g, p) -> {
            tally.right(Metric.FLIGHTS);
            flightFields.forEach(f -> slot(f, g, p, g.quote(), p.provenance().rule()));
        });
        annotations.flights().stream().filter(p -> !matched.containsValue(p)).forEach(p -> spurious(Metric.FLIGHTS,
                p.evidence(), numbers(p.flightCount(), p.passengerCount()), p, p.provenance().rule(), flightFields, null));
    }

    private <G, P> void slot(Field<G, P> field, G g, P p, String quote, String rule) {
        Object expected = field.expected().apply(g);
        Object actual = field.actual().apply(p);
        if (field.same().test(expected, actual)) {
            if (!empty(expected)) {
                tally.right(field.metric());
            }
        } else if (empty(actual)) {
            tally.missed(field.metric(), quote, expected);
        } else if (empty(expected)) {
            tally.spurious(field.metric(), quote, shown(actual), rule);
        } else {
            tally.wrong(field.metric(), quote, expected, shown(actual), rule);
        }
    }

    /** A gold fact found nowhere: reported once, and each of its fields counted as missed. */
    private <G, P> void missed(Metric metric, String quote, Object value, G g, List<Field<G, P>> fields, Metric whole) {
        tally.missed(metric, quote, value);
        fields.forEach(f -> tally.count(f.metric(), !empty(f.expected().apply(g)), false));
        if (whole != null) {
            tally.count(whole, true, false);
        }
    }

    /** A predicted fact not in the gold: reported once, and each of its fields counted as spurious. */
    private <G, P> void spurious(Metric metric, Span evidence, Object value, P p, String rule, List<Field<G, P>> fields,
            Metric whole) {
        tally.spurious(metric, evidence.quote(), value, rule);
        fields.forEach(f -> tally.count(f.metric(), false, !empty(f.actual().apply(p))));
        if (whole != null) {
            tally.count(whole, false, true);
        }
    }

    /** Returned, repatriated, evacuated and transferred count as one family: the people moved. */
    private static String family(StatisticKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case RETURNED, REPATRIATED, EVACUATED, TRANSFERRED -> "returned";
            default -> kind.slug();
        };
    }

    private BigDecimal totalOf(ReturnStatistic p) {
        return p.partOf() == null ? null : annotations.statistics().stream().filter(s -> s.id().equals(p.partOf()))
                .map(ReturnStatistic::value).findFirst().orElse(null);
    }

    private boolean sameEntity(Object expected, Object actualKey) {
        return expected == null ? actualKey == null
                : actualKey != null && names.matches((String) expected, forms((String) actualKey));
    }

    private static boolean sameNumber(Object expected, Object actual) {
        return expected == null ? actual == null
                : actual != null && ((BigDecimal) expected).compareTo((BigDecimal) actual) == 0;
    }

    private static boolean sameFlightNumber(Gold.Flight g, Flight p) {
        return g.flightCount() != null && sameNumber(g.flightCount(), p.flightCount())
                || g.passengerCount() != null && sameNumber(g.passengerCount(), p.passengerCount());
    }

    /** A flight's count and passengers as one comparable value; null when neither is known. */
    private static String numbers(BigDecimal flights, BigDecimal passengers) {
        if (flights == null && passengers == null) {
            return null;
        }
        return (flights == null ? "-" : flights.stripTrailingZeros().toPlainString()) + " flights, "
                + (passengers == null ? "-" : passengers.stripTrailingZeros().toPlainString()) + " passengers";
    }

    private static String date(Period period) {
        if (period.isUnknown()) {
            return null;
        }
        return Objects.equals(period.start(), period.end()) ? period.start() : period.start() + "/" + period.end();
    }

    private boolean covers(Span evidence, String quote) {
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            if (i < evidence.end() && evidence.start() < i + quote.length()) {
                return true;
            }
        }
        return false;
    }

    private Set<String> countries(List<String> keys) {
        Set<String> codes = new HashSet<>();
        keys.stream().map(this::iso).filter(Objects::nonNull).forEach(codes::add);
        return codes;
    }

    private String iso(String key) {
        Entity e = key == null ? null : entities.get(key);
        return e == null ? null : e.country();
    }

    /** Every form the document names an entity by: its label and the text of its mentions. */
    private Set<String> forms(String key) {
        Set<String> forms = new HashSet<>();
        Entity e = entities.get(key);
        if (e != null) {
            forms.add(e.label());
        }
        annotations.mentions().stream().filter(m -> m.entity().equals(key)).map(Mention::span).map(Span::quote)
                .forEach(forms::add);
        return forms;
    }

    /** What a report shows for a predicted value: an entity by its label. */
    private Object shown(Object actual) {
        Entity e = actual instanceof String key ? entities.get(key) : null;
        return e == null || e.type() == EntityType.COUNTRY ? actual : e.label();
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof Set<?> s && s.isEmpty();
    }
}
