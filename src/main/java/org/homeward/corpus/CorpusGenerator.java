package org.homeward.corpus;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.Document;

/**
 * A deterministic synthetic news corpus in the style of wire reports about repatriations and returns, for
 * measuring speed and scale (not extraction quality). Article {@code i} depends only on the seed and {@code i},
 * so a corpus can be generated in parallel, in any order, and resumed.
 *
 * <pre>{@code
 * CorpusGenerator corpus = CorpusGenerator.of(42);
 * Document first = corpus.article(0); // identifier "0000000_" + a slug of the headline + ".txt"
 * }</pre>
 */
public final class CorpusGenerator {

    /** The largest index: identifiers number articles with seven digits. */
    public static final int MAX_INDEX = 9_999_999;
    private static final double SIDECAR_SHARE = 0.85;
    private static final double DATED_TEXT_SHARE = 0.3;
    private static final double URL_SHARE = 0.9;
    private static final int SLUG_WORDS = 6;

    private final long seed;
    private final Vocabulary vocabulary;
    private final Templates templates;

    private CorpusGenerator(long seed, Vocabulary vocabulary, Templates templates) {
        this.seed = seed;
        this.vocabulary = vocabulary;
        this.templates = templates;
    }

    /** The corpus of that seed, written with the vocabulary and templates shipped with Homeward. */
    public static CorpusGenerator of(long seed) {
        return new CorpusGenerator(seed, Vocabulary.standard(), Templates.standard());
    }

    /** The article at {@code index} (0 to {@value #MAX_INDEX}), with its sidecar metadata if it has one. */
    public Document article(int index) {
        Dice dice = dice(index);
        Cast cast = Cast.draw(Topic.draw(dice), vocabulary, dice);
        boolean sidecar = dice.chance(SIDECAR_SHARE);
        Story story = new StoryWriter(cast, vocabulary, templates, dice).write(!sidecar && dice.chance(DATED_TEXT_SHARE));
        String slug = slug(story.headline());
        String identifier = String.format(Locale.ROOT, "%07d_%s.txt", index, slug);
        return new Document(identifier, story.text(), sidecar ? metadata(cast, story.headline(), slug, dice) : null);
    }

    /** What the article at {@code index} is about, without writing it. */
    public Topic topic(int index) {
        // The topic is the first draw of an article's dice, so this agrees with article(index).
        return Topic.draw(dice(index));
    }

    private Dice dice(int index) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("corpus article index " + index + " is outside 0.." + MAX_INDEX);
        }
        return Dice.of(seed, index);
    }

    /** Most sidecars are complete; a few lack the address or the title, as real ones do. */
    private static ArticleMetadata metadata(Cast cast, String headline, String slug, Dice dice) {
        LocalDate day = cast.published();
        String url = String.format(Locale.ROOT, "https://example.org/news/%d/%02d/%02d/%s",
                day.getYear(), day.getMonthValue(), day.getDayOfMonth(), slug);
        return new ArticleMetadata(dice.chance(0.95) ? headline : null, cast.publisher().name(), day.toString(),
                dice.chance(URL_SHARE) ? url : null, "en");
    }

    /** The first words of the headline, lower case, joined by hyphens. */
    private static String slug(String headline) {
        String[] words = headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
        return String.join("-", Arrays.asList(words).subList(0, Math.min(SLUG_WORDS, words.length)));
    }
}
