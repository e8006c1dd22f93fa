package org.homeward.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic corpus: deterministic per article, and shaped like the news it stands in for. */
class CorpusGeneratorTest {

    private static final int SAMPLE = 200;
    private static final CorpusGenerator CORPUS = CorpusGenerator.of(42);

    private static List<Document> sample;

    @BeforeAll
    static void generateASample() {
        sample = IntStream.range(0, SAMPLE).mapToObj(CORPUS::article).toList();
    }

    @Test
    void theSameSeedAndIndexGiveTheSameArticleWhateverWasGeneratedBefore() {
        CorpusGenerator fresh = CorpusGenerator.of(42);

        Document late = fresh.article(137);

        assertEquals(sample.get(137), late);
        assertEquals(sample.get(3), fresh.article(3));
    }

    @Test
    void differentSeedsGiveDifferentArticles() {
        Document other = CorpusGenerator.of(43).article(0);

        assertNotEquals(sample.get(0).text(), other.text());
        assertNotEquals(sample.get(0).text(), sample.get(1).text());
    }

    @Test
    void everyArticleHasBetween300And1200Words() {
        for (Document d : sample) {
            int words = Words.count(d.text());
            assertTrue(words >= 300 && words <= 1200, () -> d.identifier() + " has " + words + " words");
        }
    }

    @Test
    void identifiersAreTheZeroPaddedIndexAndASlug() {
        for (int i = 0; i < SAMPLE; i++) {
            String id = sample.get(i).identifier();
            assertTrue(id.matches("\\d{7}_[a-z0-9]+(-[a-z0-9]+)*\\.txt"), id);
            assertEquals(i, Integer.parseInt(id.substring(0, 7)), id);
        }
    }

    @Test
    void mostArticlesHaveCompleteMetadataAndSomeHaveNone() {
        long without = sample.stream().filter(d -> d.metadata().equals(ArticleMetadata.UNKNOWN)).count();
        long publishers = sample.stream().map(d -> d.metadata().publisher()).filter(Objects::nonNull).distinct().count();

        assertTrue(without >= SAMPLE * 0.05 && without <= SAMPLE * 0.30, () -> without + " without metadata");
        assertTrue(publishers >= 3, () -> publishers + " publishers");
    }

    @Test
    void metadataDatesFallIn2015To2025AndAddressesAreWebAddresses() {
        for (Document d : sample) {
            ArticleMetadata m = d.metadata();
            if (m.published() != null) {
                LocalDate day = LocalDate.parse(m.published());
                assertTrue(day.getYear() >= 2015 && day.getYear() <= 2025, () -> d.identifier() + " " + day);
                assertEquals("en", m.language());
            }
            assertTrue(m.url() == null || m.url().startsWith("https://example.org/news/"), m::url);
        }
    }

    @Test
    void aboutAFifthOfTheArticlesAreNotAboutReturns() {
        long other = IntStream.range(0, SAMPLE).filter(i -> !CORPUS.topic(i).aboutReturns()).count();

        assertTrue(other >= SAMPLE * 0.10 && other <= SAMPLE * 0.30, () -> other + " not about returns");
    }

    @Test
    void theExtractorFindsStatisticsInMostArticlesAndNoneInSome() {
        RuleBasedExtractor extractor = new RuleBasedExtractor();

        long withStatistics = sample.stream().filter(d -> !extractor.extract(d).statistics().isEmpty()).count();

        assertTrue(withStatistics >= SAMPLE * 0.40, () -> withStatistics + " of " + SAMPLE + " with statistics");
        assertTrue(SAMPLE - withStatistics >= SAMPLE * 0.10, () -> withStatistics + " of " + SAMPLE + " with statistics");
    }

    @Test
    void anIndexBeyondSevenDigitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CORPUS.article(CorpusGenerator.MAX_INDEX + 1));
        assertThrows(IllegalArgumentException.class, () -> CORPUS.article(-1));
    }
}
