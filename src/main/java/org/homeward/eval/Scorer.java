package org.homeward.eval;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;
import org.homeward.model.Flight;
import org.homeward.model.Mention;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;

/**
 * Scores one document's annotations against its gold. A statistic matches a gold one when its value is the
 * same and its evidence covers the gold quote; each attribute of matched statistics is then scored as a
 * slot (a wrong value is both a false positive and a false negative). Pure.
 */
public final class Scorer {

    private final String text;
    private final Gold gold;
    private final DocumentAnnotations annotations;
    private final Map<String, Entity> entities = new HashMap<>();

    private Scorer(String text, Gold gold, DocumentAnnotations annotations) {
        this.text = text;
        this.gold = gold;
        this.annotations = annotations;
        annotations.entities().forEach(e -> entities.put(e.key(), e));
    }

    /** The scores of one document. */
    public static Map<Metric, Score> score(String text, Gold gold, DocumentAnnotations annotations) {
        return new Scorer(text, gold, annotations).scores();
    }

    private Map<Metric, Score> scores() {
        Map<Metric, Score> scores = new EnumMap<>(Metric.class);
        statistics(scores);
        scores.put(Metric.FLIGHTS, flights());
        scores.put(Metric.PERSONS, names(gold.persons(), labels(EntityType.PERSON), false));
        scores.put(Metric.ORGANISATIONS, names(gold.organisations(), labels(EntityType.ORGANISATION), true));
        scores.put(Metric.COUNTRIES, sets(Set.copyOf(gold.countries()), mentionedCountries()));
        return scores;
    }

    private void statistics(Map<Metric, Score> scores) {
        List<ReturnStatistic> predicted = annotations.statistics();
        Map<Gold.Statistic, ReturnStatistic> matched = new HashMap<>();
        Set<ReturnStatistic> used = new HashSet<>();
        for (Gold.Statistic g : gold.statistics()) {
            for (ReturnStatistic p : predicted) {
                if (!used.contains(p) && p.value().compareTo(g.value()) == 0 && covers(p.evidence(), g.quote())) {
                    matched.put(g, p);
                    used.add(p);
                    break;
                }
            }
        }
        int tp = matched.size();
        scores.put(Metric.STATISTICS, new Score(tp, predicted.size() - tp, gold.statistics().size() - tp));
        int complete = (int) matched.entrySet().stream().filter(e -> complete(e.getKey(), e.getValue())).count();
        scores.put(Metric.COMPLETE, new Score(complete, predicted.size() - complete, gold.statistics().size() - complete));
        scores.put(Metric.POPULATION, slot(matched, predicted, Gold.Statistic::population, p -> p.population().slug()));
        scores.put(Metric.ORIGIN, slot(matched, predicted, g -> set(g.origin()), p -> countries(p.origins())));
        scores.put(Metric.DESTINATION, slot(matched, predicted, g -> set(g.destination()), p -> countries(p.destinations())));
        scores.put(Metric.NATIONALITY, slot(matched, predicted, Gold.Statistic::nationality, p -> iso(p.nationality())));
        scores.put(Metric.PERIOD, slot(matched, predicted, g -> period(g.periodStart(), g.periodEnd()),
                p -> period(p.period().start(), p.period().end())));
        scores.put(Metric.SPEAKER, speakers(matched, predicted));
    }

    private boolean complete(Gold.Statistic g, ReturnStatistic p) {
        return Objects.equals(g.population(), p.population().slug()) && set(g.origin()).equals(countries(p.origins()))
                && set(g.destination()).equals(countries(p.destinations()));
    }

    /** Slot scoring: an empty value (null or empty set) is no prediction and no expectation. */
    private Score slot(Map<Gold.Statistic, ReturnStatistic> matched, List<ReturnStatistic> predicted,
            Function<Gold.Statistic, Object> expected, Function<ReturnStatistic, Object> actual) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<Gold.Statistic, ReturnStatistic> pair : matched.entrySet()) {
            Object e = expected.apply(pair.getKey());
            Object a = actual.apply(pair.getValue());
            boolean same = Objects.equals(e, a);
            tp += !empty(e) && same ? 1 : 0;
            fp += !empty(a) && !same ? 1 : 0;
            fn += !empty(e) && !same ? 1 : 0;
        }
        for (Gold.Statistic g : unmatched(matched)) {
            fn += empty(expected.apply(g)) ? 0 : 1;
        }
        for (ReturnStatistic p : predicted) {
            fp += !matched.containsValue(p) && !empty(actual.apply(p)) ? 1 : 0;
        }
        return new Score(tp, fp, fn);
    }

    private Score speakers(Map<Gold.Statistic, ReturnStatistic> matched, List<ReturnStatistic> predicted) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<Gold.Statistic, ReturnStatistic> pair : matched.entrySet()) {
            String e = pair.getKey().statedBy();
            String a = pair.getValue().statedBy();
            boolean same = e == null ? a == null : a != null && forms(a).stream().anyMatch(form -> sameName(e, form, true));
            tp += e != null && same ? 1 : 0;
            fp += a != null && !same ? 1 : 0;
            fn += e != null && !same ? 1 : 0;
        }
        fn += (int) unmatched(matched).stream().filter(g -> g.statedBy() != null).count();
        fp += (int) predicted.stream().filter(p -> !matched.containsValue(p) && p.statedBy() != null).count();
        return new Score(tp, fp, fn);
    }

    private List<Gold.Statistic> unmatched(Map<Gold.Statistic, ReturnStatistic> matched) {
        return gold.statistics().stream().filter(g -> !matched.containsKey(g)).toList();
    }

    private Score flights() {
        Set<Flight> used = new HashSet<>();
        int tp = 0;
        for (Gold.Flight g : gold.flights()) {
            for (Flight p : annotations.flights()) {
                boolean sameNumber = g.flightCount() != null && p.flightCount() != null
                        && g.flightCount().compareTo(p.flightCount()) == 0
                        || g.passengerCount() != null && p.passengerCount() != null
                        && g.passengerCount().compareTo(p.passengerCount()) == 0;
                if (!used.contains(p) && sameNumber && covers(p.evidence(), g.quote())) {
                    used.add(p);
                    tp++;
                    break;
                }
            }
        }
        return new Score(tp, annotations.flights().size() - tp, gold.flights().size() - tp);
    }

    private static Score names(List<String> expected, Map<String, Set<String>> predicted, boolean loose) {
        Set<String> found = new HashSet<>();
        int tp = 0;
        for (String name : expected) {
            String hit = predicted.entrySet().stream()
                    .filter(e -> !found.contains(e.getKey()))
                    .filter(e -> e.getValue().stream().anyMatch(form -> sameName(name, form, loose)))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (hit != null) {
                found.add(hit);
                tp++;
            }
        }
        return new Score(tp, predicted.size() - tp, expected.size() - tp);
    }

    private static Score sets(Set<String> expected, Set<String> predicted) {
        int tp = (int) expected.stream().filter(predicted::contains).count();
        return new Score(tp, predicted.size() - tp, expected.size() - tp);
    }

    /** Each entity of the type the text mentions, with every form it names it by: its label and its mentions. */
    private Map<String, Set<String>> labels(EntityType type) {
        Map<String, Set<String>> forms = new HashMap<>();
        for (Mention m : annotations.mentions()) {
            Entity e = entities.get(m.entity());
            if (e != null && e.type() == type) {
                Set<String> names = forms.computeIfAbsent(e.key(), k -> new HashSet<>());
                names.add(e.label());
                names.add(m.span().quote());
            }
        }
        return forms;
    }

    private Set<String> mentionedCountries() {
        Set<String> codes = new HashSet<>();
        for (Mention m : annotations.mentions()) {
            if (m.entity().startsWith("country/")) {
                codes.add(m.entity().substring("country/".length()));
            }
        }
        return codes;
    }

    /** Names match ignoring case, punctuation and a leading "the"; loosely, when one contains the other. */
    static boolean sameName(String expected, String actual, boolean loose) {
        String e = normal(expected);
        String a = normal(actual);
        return e.equals(a) || loose && !a.isEmpty() && (e.contains(a) || a.contains(e));
    }

    private static String normal(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
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
        for (String key : keys) {
            String code = iso(key);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    private String iso(String key) {
        if (key == null) {
            return null;
        }
        Entity e = entities.get(key);
        return e == null ? null : e.country();
    }

    /** Every form the document names an entity by: its label and the text of its mentions. */
    private Set<String> forms(String key) {
        Set<String> forms = new HashSet<>();
        Entity e = entities.get(key);
        if (e != null) {
            forms.add(e.label());
        }
        annotations.mentions().stream().filter(m -> m.entity().equals(key)).forEach(m -> forms.add(m.span().quote()));
        return forms;
    }

    private static Set<String> set(List<String> codes) {
        return new HashSet<>(codes);
    }

    private static List<String> period(String start, String end) {
        return start == null && end == null ? null : java.util.Arrays.asList(start, end);
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof Set<?> s && s.isEmpty();
    }
}
