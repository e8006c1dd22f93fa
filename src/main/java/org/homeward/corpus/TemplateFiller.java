package org.homeward.corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills one article's templates from its cast. Each family's templates are dealt like a shuffled deck, so an
 * article repeats a sentence only after it has used every other of the family.
 */
final class TemplateFiller {

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)\\}");
    /** Families fill slots of other families ("{actor}" in a filler sentence); no chain is deeper than this. */
    private static final int MAX_DEPTH = 3;

    private final Templates templates;
    private final Cast cast;
    private final Dice dice;
    private final Map<String, Deque<String>> decks = new HashMap<>();
    private final Set<String> introduced = new HashSet<>();

    TemplateFiller(Templates templates, Cast cast, Dice dice) {
        this.templates = templates;
        this.cast = cast;
        this.dice = dice;
    }

    /** A sentence or title line of the family, with its first letter capitalised. */
    String sentence(String family) {
        return capitalised(fill(draw(family), 0));
    }

    /** The template with its slots filled; a slot no one fills is an error in the templates. */
    private String fill(String template, int depth) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), depth)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String name, int depth) {
        String slot = mention(name);
        return cast.slot(slot)
                .or(() -> Numbers.slot(slot, cast.count(), dice))
                .or(() -> Dates.slot(slot, cast.published(), dice))
                .or(() -> nested(slot, depth))
                .orElseThrow(() -> new IllegalStateException("templates.tsv: unknown slot {" + slot + "}"));
    }

    /** A surname alone would name a stranger: the first mention of a speaker gives the full name. */
    private String mention(String slot) {
        return switch (slot) {
            case "official", "worker" -> {
                introduced.add(slot);
                yield slot;
            }
            case "officialSurname" -> introduced.add("official") ? "official" : slot;
            case "workerSurname" -> introduced.add("worker") ? "workerOfOrganisation" : slot;
            default -> slot;
        };
    }

    private Optional<String> nested(String family, int depth) {
        if (!templates.has(family)) {
            return Optional.empty();
        }
        if (depth >= MAX_DEPTH) {
            throw new IllegalStateException("templates.tsv: family '" + family + "' nests deeper than " + MAX_DEPTH);
        }
        return Optional.of(fill(draw(family), depth + 1));
    }

    private String draw(String family) {
        Deque<String> deck = decks.computeIfAbsent(family, f -> new ArrayDeque<>());
        if (deck.isEmpty()) {
            deck.addAll(dice.shuffled(templates.family(family)));
        }
        return deck.pop();
    }

    /** Sentences may open with a slot whose value is written lower case mid-sentence ("the Netherlands"). */
    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
