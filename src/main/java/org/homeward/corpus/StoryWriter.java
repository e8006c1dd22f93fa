package org.homeward.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes one article from its cast: a headline, a dateline and lead, body paragraphs up to a length drawn
 * between {@value #MIN_WORDS} and {@value #MAX_WORDS} words, then, on some pages, credits and furniture.
 */
final class StoryWriter {

    /** The fewest words of an article, furniture included. */
    static final int MIN_WORDS = 300;
    /** The most words of an article, furniture included. */
    static final int MAX_WORDS = 1200;
    /** Body paragraphs are added until the length drawn is reached; the margin keeps the result within bounds. */
    private static final int SHORTEST_TARGET = MIN_WORDS + 30;
    private static final int LONGEST_TARGET = MAX_WORDS - 70;

    private final Cast cast;
    private final Vocabulary vocabulary;
    private final Dice dice;
    private final TemplateFiller filler;

    StoryWriter(Cast cast, Vocabulary vocabulary, Templates templates, Dice dice) {
        this.cast = cast;
        this.vocabulary = vocabulary;
        this.dice = dice;
        this.filler = new TemplateFiller(templates, cast, dice);
    }

    /** The article; {@code datedText} opens it with a "Published:" line, as pages without a sidecar may. */
    Story write(boolean datedText) {
        String headline = filler.sentence(cast.topic().family("headline"));
        List<String> head = new ArrayList<>();
        if (datedText) {
            head.add("Published: " + cast.published());
        }
        if (dice.chance(0.5)) {
            head.add(headline);
        }
        head.add((dice.chance(0.8) ? Furniture.dateline(cast, dice) : "") + lead());
        if (dice.chance(0.2)) {
            head.add(dice.chance(0.5) ? Furniture.SHARE : Furniture.ADVERTISEMENT);
        }
        List<String> tail = tail();
        int target = dice.between(SHORTEST_TARGET, LONGEST_TARGET);
        List<String> body = body(target, words(head) + words(tail));
        List<String> paragraphs = new ArrayList<>(head);
        paragraphs.addAll(body);
        paragraphs.addAll(tail);
        return new Story(headline, String.join("\n\n", paragraphs) + "\n");
    }

    private String lead() {
        StringBuilder lead = new StringBuilder(filler.sentence(cast.topic().family("lead")));
        for (int i = dice.between(0, 2); i > 0; i--) {
            lead.append(' ').append(filler.sentence(cast.topic().detail()));
        }
        return lead.toString();
    }

    /** Paragraphs until the article has {@code target} words, never past {@value #MAX_WORDS}. */
    private List<String> body(int target, int used) {
        List<String> paragraphs = new ArrayList<>();
        int words = used;
        while (words < target) {
            String paragraph = paragraph();
            int more = Words.count(paragraph);
            if (words + more > MAX_WORDS) {
                break;
            }
            paragraphs.add(paragraph);
            words += more;
        }
        return paragraphs;
    }

    private String paragraph() {
        List<String> families = cast.topic().body();
        StringBuilder paragraph = new StringBuilder(filler.sentence(dice.pick(families)));
        for (int i = dice.between(0, 3); i > 0; i--) {
            paragraph.append(' ').append(filler.sentence(dice.pick(families)));
        }
        return paragraph.toString();
    }

    private List<String> tail() {
        List<String> tail = new ArrayList<>();
        if (dice.chance(0.6)) {
            Furniture.credit(cast, vocabulary, dice).ifPresent(tail::add);
        }
        if (dice.chance(0.2)) {
            tail.add(Furniture.related(filler, dice));
        }
        if (dice.chance(0.12)) {
            tail.add(Furniture.appeal(filler));
        }
        return tail;
    }

    private static int words(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(Words::count).sum();
    }
}
