package org.homeward;

import java.math.BigDecimal;
import java.util.List;
import org.homeward.model.Article;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.Attribution;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;
import org.homeward.model.ExcludedRegion;
import org.homeward.model.ExtractionRun;
import org.homeward.model.Flight;
import org.homeward.model.InferredField;
import org.homeward.model.Mention;
import org.homeward.model.Period;
import org.homeward.model.Population;
import org.homeward.model.Provenance;
import org.homeward.model.Qualifier;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;
import org.homeward.model.StatisticKind;

/**
 * Hand-built annotations of the article of {@code ontology/example-statistic.ttl}: one statistic with its
 * speaker and attribution, one flight, persons, organisations, countries, a place, an excluded region and an
 * inferred publication date. {@code src/test/resources/mapper/expected.trig} is their mapping.
 */
public final class SampleAnnotations {

    /** The article's text: 305 UTF-16 units. */
    public static final String TEXT = "Russia brings home more children from Syria and Iraq\n"
            + "By Ivan Sidorov\n"
            + "\n"
            + "MOSCOW, 12 February 2020 - About 156 children have been returned to Russia from Syria and Iraq"
            + " over the past year, Presidential Commissioner for Children's Rights Anna Kuznetsova said on"
            + " Wednesday.\n"
            + "\n"
            + "Support our journalism. Donate now.\n";

    /** The SHA-256 of {@link #TEXT}. */
    public static final String SHA = "9168cc72a304b4b6f92d7fe6be4e313c944cc147b4173472b7b4ca8d3a4e1f4a";

    private static final String ANNA = "person/anna-kuznetsova";
    private static final String OFFICE = "organisation/office-of-the-presidential-commissioner-for-childrens-rights";

    private SampleAnnotations() {}

    /** The annotations, with their extraction run recorded. */
    public static DocumentAnnotations annotations() {
        return new DocumentAnnotations(DocumentAnnotations.FORMAT, article(), run(), entities(), mentions(),
                List.of(statistic()), List.of(flight()), List.of(attribution()),
                List.of(new ExcludedRegion(span(269, 304), "donation appeal")), List.of());
    }

    /** The run recorded in the annotations. */
    public static ExtractionRun run() {
        return new ExtractionRun("Homeward", "0.1.0", "rules-1", "2024-05-01T10:00:00Z", "2024-05-01T10:00:01Z");
    }

    private static Article article() {
        ArticleMetadata metadata = new ArticleMetadata("Russia brings home more children from Syria and Iraq",
                "Example News", "2020-02-12", "https://news.example.org/2020/02/12/russia-brings-home-children", "en");
        return new Article("000_example.txt", SHA, TEXT.length(), metadata,
                List.of(new InferredField("published", "2020-02-12", span(78, 94))),
                "organisation/example-news", "place/moscow", List.of("person/ivan-sidorov"));
    }

    private static List<Entity> entities() {
        return List.of(
                new Entity(ANNA, EntityType.PERSON, "Anna Kuznetsova",
                        "Presidential Commissioner for Children's Rights", OFFICE, "country/RU", null),
                Entity.named("person/ivan-sidorov", EntityType.PERSON, "Ivan Sidorov"),
                Entity.named(OFFICE, EntityType.ORGANISATION,
                        "Office of the Presidential Commissioner for Children's Rights"),
                Entity.named("organisation/example-news", EntityType.ORGANISATION, "Example News"),
                new Entity("country/RU", EntityType.COUNTRY, "Russia", null, null, null, "RU"),
                new Entity("country/SY", EntityType.COUNTRY, "Syria", null, null, null, "SY"),
                new Entity("country/IQ", EntityType.COUNTRY, "Iraq", null, null, null, "IQ"),
                new Entity("place/moscow", EntityType.PLACE, "Moscow", null, null, null, "RU"));
    }

    private static List<Mention> mentions() {
        return List.of(
                new Mention("person/ivan-sidorov", span(56, 68)),
                new Mention("place/moscow", span(70, 76)),
                new Mention(ANNA, span(233, 248)));
    }

    private static ReturnStatistic statistic() {
        return new ReturnStatistic("statistic/97-267", new BigDecimal("156"), Qualifier.APPROXIMATELY,
                Population.CHILDREN, StatisticKind.RETURNED, "country/RU", List.of("country/SY", "country/IQ"),
                List.of("country/RU"), new Period("2019-02-12", "2020-02-12"), ANNA, "attribution/233-253", null,
                span(97, 267), new Provenance("stat.number-population-verb", 0.9));
    }

    /** Shares its evidence with the statistic, so the span must be described once only. */
    private static Flight flight() {
        return new Flight("flight/97-267", List.of("country/SY"), List.of("country/RU"), null, "place/moscow",
                new Period("2020-02-12", "2020-02-12"), new BigDecimal("156"), BigDecimal.ONE, Population.CHILDREN,
                "country/RU", "country/RU", null, null, null, null, null, span(97, 267), new Provenance("flight.returned-from", 0.75));
    }

    private static Attribution attribution() {
        return new Attribution("attribution/233-253", ANNA, "said", span(233, 253),
                new Provenance("attribution.said", 0.95));
    }

    private static Span span(int start, int end) {
        return Span.of(TEXT, start, end);
    }
}
