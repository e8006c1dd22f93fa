package org.homeward.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.EntityType;
import org.homeward.model.Mention;

/** Scores the persons, organisations and countries a document mentions against its gold lists. */
final class NameScores {

    private final Tally tally;
    private final DocumentAnnotations annotations;
    private final Map<String, String> labels = new HashMap<>();

    NameScores(Tally tally, DocumentAnnotations annotations) {
        this.tally = tally;
        this.annotations = annotations;
        annotations.entities().forEach(e -> labels.put(e.key(), e.label()));
    }

    void score(Gold gold) {
        List<List<String>> persons = gold.persons().stream().map(List::of).toList();
        match(Metric.PERSONS, persons, forms(EntityType.PERSON), Names::sameName);
        List<List<String>> organisations = gold.organisations().stream().map(Gold.Organisation::forms).toList();
        match(Metric.ORGANISATIONS, organisations, forms(EntityType.ORGANISATION), Names::sameWords);
        countries(Set.copyOf(gold.countries()));
    }

    /** Pairs each gold name with one predicted entity that any of its forms names. */
    private void match(Metric metric, List<List<String>> expected, Map<String, Set<String>> predicted,
            BiPredicate<String, String> same) {
        Set<String> found = new HashSet<>();
        for (List<String> forms : expected) {
            String hit = predicted.entrySet().stream()
                    .filter(e -> !found.contains(e.getKey()))
                    .filter(e -> e.getValue().stream().anyMatch(p -> forms.stream().anyMatch(g -> same.test(g, p))))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (hit == null) {
                tally.missed(metric, null, forms.get(0));
            } else {
                found.add(hit);
                tally.right(metric);
            }
        }
        predicted.keySet().stream().filter(key -> !found.contains(key)).sorted()
                .forEach(key -> tally.spurious(metric, null, labels.get(key), null));
    }

    private void countries(Set<String> expected) {
        Set<String> predicted = new HashSet<>();
        for (Mention m : annotations.mentions()) {
            if (m.entity().startsWith("country/")) {
                predicted.add(m.entity().substring("country/".length()));
            }
        }
        expected.stream().sorted().forEach(code -> {
            if (predicted.contains(code)) {
                tally.right(Metric.COUNTRIES);
            } else {
                tally.missed(Metric.COUNTRIES, null, code);
            }
        });
        predicted.stream().filter(code -> !expected.contains(code)).sorted()
                .forEach(code -> tally.spurious(Metric.COUNTRIES, null, code, null));
    }

    /** Each entity of the type the text mentions, with every form it names it by: its label and its mentions. */
    private Map<String, Set<String>> forms(EntityType type) {
        Map<String, EntityType> types = new HashMap<>();
        annotations.entities().forEach(e -> types.put(e.key(), e.type()));
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        for (Mention m : annotations.mentions()) {
            if (types.get(m.entity()) == type) {
                Set<String> names = forms.computeIfAbsent(m.entity(), k -> new HashSet<>());
                names.add(labels.get(m.entity()));
                names.add(m.span().quote());
            }
        }
        return forms;
    }
}
