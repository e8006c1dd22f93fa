package org.homeward.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.homeward.model.StatisticKind;

/**
 * Reads the event rules ({@code rules/events.rules}): records of {@code key: value} lines separated by blank
 * lines, in the order they are tried. A pattern names lexicon classes as {@code @class} or {@code @a+b}; they
 * expand to the lemmas of those classes in {@code predicates.tsv}. A missing key, an unknown key, class or
 * kind, a duplicate id or a pattern Semgrex cannot compile is an error naming the file and line.
 */
final class EventRules {

    static final String FILE = "/org/homeward/rules/events.rules";
    private static final List<String> KEYS = List.of("id", "finds", "pattern", "kind", "example", "yields", "near-miss");
    private static final Set<String> SPECIAL_KINDS = Set.of("verb", "carried", "arrived", "left", "none");
    private static final Pattern CLASS = Pattern.compile("@([a-z]+(?:\\+[a-z]+)*)");

    private final Map<String, String> predicates;
    private final String file;

    private EventRules(Map<String, String> predicates, String file) {
        this.predicates = predicates;
        this.file = file;
    }

    /** The rules shipped with Homeward, their classes taken from {@code predicates}. */
    static List<EventRule> standard(Map<String, String> predicates) {
        try (InputStream in = EventRules.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("HW-E110 rules file " + FILE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(predicates, FILE, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("HW-E110 rules file " + FILE + " cannot be read", e);
        }
    }

    /** The rules of a file's lines. */
    static List<EventRule> parse(Map<String, String> predicates, String file, List<String> lines) {
        EventRules reader = new EventRules(predicates, file);
        List<EventRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> record = new LinkedHashMap<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            if (line.isEmpty()) {
                if (!record.isEmpty()) {
                    EventRule rule = reader.rule(record, start);
                    if (!ids.add(rule.id())) {
                        throw reader.error(start, "a second rule with id " + rule.id());
                    }
                    rules.add(rule);
                    record.clear();
                }
            } else if (!line.startsWith("#")) {
                int colon = line.indexOf(':');
                String key = colon < 0 ? line : line.substring(0, colon).strip();
                if (colon < 0 || !KEYS.contains(key) || record.containsKey(key)) {
                    throw reader.error(i + 1, "expected one of " + KEYS + " once each, then ':' and a value");
                }
                start = record.isEmpty() ? i + 1 : start;
                record.put(key, line.substring(colon + 1).strip());
            }
        }
        return List.copyOf(rules);
    }

    private EventRule rule(Map<String, String> record, int line) {
        for (String key : KEYS) {
            if (record.getOrDefault(key, "").isEmpty()) {
                throw error(line, "the rule has no " + key);
            }
        }
        String kind = record.get("kind");
        if (!SPECIAL_KINDS.contains(kind) && StatisticKind.ofSlug(kind).isEmpty()) {
            throw error(line, "unknown kind " + kind);
        }
        SemgrexPattern pattern;
        try {
            pattern = SemgrexPattern.compile(expand(record.get("pattern"), line));
        } catch (SemgrexParseException e) {
            throw error(line, "the pattern does not compile: " + e.getMessage());
        }
        return new EventRule(record.get("id"), record.get("finds"), pattern, record.get("pattern"), kind,
                record.get("example"), record.get("yields"), record.get("near-miss"));
    }

    /** {@code @moved+carry} becomes a regular expression of every lemma of those classes. */
    private String expand(String pattern, int line) {
        Matcher m = CLASS.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Set<String> lemmas = new TreeSet<>();
            for (String cls : m.group(1).split("\\+")) {
                Set<String> ofClass = predicates.entrySet().stream().filter(e -> e.getValue().equals(cls))
                        .map(Map.Entry::getKey).collect(Collectors.toSet());
                if (ofClass.isEmpty()) {
                    throw error(line, "no lemma of class @" + cls + " in predicates.tsv");
                }
                lemmas.addAll(ofClass);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("/(?i)^(?:" + String.join("|", lemmas) + ")$/"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private IllegalArgumentException error(int line, String problem) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "HW-E110 %s line %d: %s", file, line, problem));
    }
}
