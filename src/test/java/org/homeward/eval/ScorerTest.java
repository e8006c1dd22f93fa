package org.homeward.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.homeward.model.Article;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;
import org.homeward.model.Flight;
import org.homeward.model.Mention;
import org.homeward.model.Period;
import org.homeward.model.Population;
import org.homeward.model.Provenance;
import org.homeward.model.Qualifier;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;
import org.homeward.model.StatisticKind;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final String TEXT = "The agency said 40 children, including 12 girls, were flown home from Syria to "
            + "Chad on 3 May. An Air Zed jet carrying 40 children landed in Ndjamena.";
    private static final Entity SYRIA = new Entity("country/SY", EntityType.COUNTRY, "Syria", null, null, null, "SY");
    private static final Entity CHAD = new Entity("country/TD", EntityType.COUNTRY, "Chad", null, null, null, "TD");
    private static final Entity IOM = Entity.named("organisation/iom", EntityType.ORGANISATION, "IOM");
    private static final Entity CARRIER = Entity.named("organisation/air-zed", EntityType.ORGANISATION, "Air Zed");
    private static final Entity NDJAMENA = new Entity("place/ndjamena", EntityType.PLACE, "Ndjamena", null, null, null, "TD");

    @Test
    void kindsOfOneFamilyAgreeOthersDoNot() {
        Gold gold = gold(List.of(goldStatistic(StatisticKind.REPATRIATED, null)), List.of());
        assertEquals(new Score(1, 0, 0), score(gold, List.of(total(StatisticKind.RETURNED))).scores().get(Metric.KIND));
        DocumentScore waiting = score(gold, List.of(total(StatisticKind.AWAITING_RETURN)));
        assertEquals(new Score(0, 1, 1), waiting.scores().get(Metric.KIND));
        assertEquals(new Score(0, 1, 1), waiting.scores().get(Metric.COMPLETE), "complete needs the kind's family");
    }

    @Test
    void aBreakdownIsRightOnlyUnderTheRightTotal() {
        Gold gold = gold(List.of(goldStatistic(StatisticKind.RETURNED, null),
                new Gold.Statistic("12 girls", BigDecimal.valueOf(12), Qualifier.EXACTLY, Population.CHILDREN,
                        StatisticKind.RETURNED, null, List.of("SY"), List.of("TD"), null, null, null,
                        BigDecimal.valueOf(40))), List.of());
        ReturnStatistic total = total(StatisticKind.RETURNED);
        assertEquals(new Score(1, 0, 0), score(gold, List.of(total, part(total.id()))).scores().get(Metric.PART_OF));
        DocumentScore unlinked = score(gold, List.of(total, part(null)));
        assertEquals(new Score(0, 0, 1), unlinked.scores().get(Metric.PART_OF));
        assertTrue(unlinked.findings().stream().anyMatch(f -> f.metric() == Metric.PART_OF
                && f.outcome() == Finding.Outcome.MISSED && "40".equals(f.expected())));
    }

    @Test
    void anAcronymMatchesItsExpansionOnlyThroughTheGoldAliases() {
        Gold.Statistic stated = new Gold.Statistic("40 children", BigDecimal.valueOf(40), Qualifier.EXACTLY,
                Population.CHILDREN, StatisticKind.RETURNED, null, List.of("SY"), List.of("TD"), null, null,
                "International Organization for Migration", null);
        ReturnStatistic predicted = withSpeaker(total(StatisticKind.RETURNED), IOM.key());
        Gold bare = new Gold(List.of(stated), List.of(), List.of(), List.of(org("International Organization for Migration")), List.of());
        assertEquals(new Score(0, 1, 1), score(bare, List.of(predicted)).scores().get(Metric.SPEAKER));
        Gold aliased = new Gold(List.of(stated), List.of(), List.of(),
                List.of(org("International Organization for Migration", "IOM")), List.of());
        assertEquals(new Score(1, 0, 0), score(aliased, List.of(predicted)).scores().get(Metric.SPEAKER));
        assertEquals(new Score(1, 1, 0), score(aliased, List.of(predicted)).scores().get(Metric.ORGANISATIONS),
                "IOM found through its alias; the carrier is not in the gold");
    }

    @Test
    void namesMatchOnWholeWordsNeverOnSubstrings() {
        assertTrue(Names.sameWords("Foreign Ministry", "the Russian Foreign Ministry's"));
        assertFalse(Names.sameWords("UN", "UNHCR"));
        assertFalse(Names.sameWords("IOM", "IOMA"));
        assertFalse(Names.sameName("Anna Ivanova", "Ivanova"));
        assertTrue(Names.sameName("Anna Ivanova", "ANNA  IVANOVA"));
    }

    @Test
    void aFlightIsMatchedByItsNumbersAndEveryFieldIsScored() {
        Gold.Flight flight = new Gold.Flight("An Air Zed jet carrying 40 children", null, BigDecimal.valueOf(40),
                List.of("SY"), List.of("TD"), null, "N'Djamena", "2024-05-03", "Air Zed");
        Flight predicted = new Flight("flight-1", List.of(SYRIA.key()), List.of(CHAD.key()), null, NDJAMENA.key(),
                new Period("2024-05-03", "2024-05-03"), BigDecimal.valueOf(40), null, Population.CHILDREN, null, null,
                null, null, null, null, null, span("An Air Zed jet"), new Provenance("flight.test", 0.5));
        DocumentScore score = score(gold(List.of(), List.of(flight)), List.of(), List.of(predicted));
        assertEquals(new Score(1, 0, 0), score.scores().get(Metric.FLIGHTS));
        assertEquals(new Score(1, 0, 0), score.scores().get(Metric.FLIGHT_ARRIVAL), "N'Djamena is Ndjamena");
        assertEquals(new Score(1, 0, 0), score.scores().get(Metric.FLIGHT_DATE));
        assertEquals(new Score(0, 0, 1), score.scores().get(Metric.FLIGHT_CARRIER));
        assertEquals(new Score(0, 0, 0), score.scores().get(Metric.FLIGHT_DEPARTURE));
    }

    @Test
    void aFlightToldInAnotherSentenceThanTheGoldQuoteIsStillThatFlight() {
        Gold.Flight flight = new Gold.Flight("An Air Zed jet carrying 40 children", null, BigDecimal.valueOf(40),
                List.of("SY"), List.of("TD"), null, null, null, null);
        Flight elsewhere = new Flight("flight-1", List.of(SYRIA.key()), List.of(CHAD.key()), null, null, null,
                BigDecimal.valueOf(40), null, Population.CHILDREN, null, null, null, null, null, null, null,
                span("40 children, including 12 girls, were flown home"), new Provenance("flight.test", 0.5));
        Flight otherNumber = new Flight("flight-2", List.of(SYRIA.key()), List.of(CHAD.key()), null, null, null,
                BigDecimal.valueOf(12), null, Population.CHILDREN, null, null, null, null, null, null, null,
                span("12 girls"), new Provenance("flight.test", 0.5));

        assertEquals(new Score(1, 0, 0), score(gold(List.of(), List.of(flight)), List.of(), List.of(elsewhere))
                .scores().get(Metric.FLIGHTS));
        assertEquals(new Score(0, 1, 1), score(gold(List.of(), List.of(flight)), List.of(), List.of(otherNumber))
                .scores().get(Metric.FLIGHTS));
    }

    @Test
    void aMissedStatisticIsReportedOnceWithItsQuote() {
        Gold gold = gold(List.of(goldStatistic(StatisticKind.RETURNED, null)), List.of());
        DocumentScore score = score(gold, List.of());
        assertEquals(List.of(new Finding("doc", Metric.STATISTICS, Finding.Outcome.MISSED, "40 children", "40", null,
                null)), score.findings().stream().filter(f -> f.metric() == Metric.STATISTICS).toList());
        assertEquals(new Score(0, 0, 1), score.scores().get(Metric.ORIGIN));
    }

    private static Gold gold(List<Gold.Statistic> statistics, List<Gold.Flight> flights) {
        return new Gold(statistics, flights, List.of(), List.of(), List.of("SY", "TD"));
    }

    private static Gold.Organisation org(String... forms) {
        return new Gold.Organisation(List.of(forms));
    }

    private static Gold.Statistic goldStatistic(StatisticKind kind, BigDecimal partOf) {
        return new Gold.Statistic("40 children", BigDecimal.valueOf(40), Qualifier.EXACTLY, Population.CHILDREN, kind,
                null, List.of("SY"), List.of("TD"), null, null, null, partOf);
    }

    private static ReturnStatistic total(StatisticKind kind) {
        return new ReturnStatistic("stat-16", BigDecimal.valueOf(40), Qualifier.EXACTLY, Population.CHILDREN, kind, null,
                List.of(SYRIA.key()), List.of(CHAD.key()), null, null, null, null, span("40 children"),
                new Provenance("stat.test", 0.5));
    }

    private static ReturnStatistic part(String partOf) {
        return new ReturnStatistic("stat-39", BigDecimal.valueOf(12), Qualifier.EXACTLY, Population.CHILDREN,
                StatisticKind.RETURNED, null, List.of(SYRIA.key()), List.of(CHAD.key()), null, null, null, partOf,
                span("12 girls"), new Provenance("stat.test", 0.5));
    }

    private static ReturnStatistic withSpeaker(ReturnStatistic s, String speaker) {
        return new ReturnStatistic(s.id(), s.value(), s.qualifier(), s.population(), s.kind(), s.nationality(),
                s.origins(), s.destinations(), s.period(), speaker, null, s.partOf(), s.evidence(), s.provenance());
    }

    private static Span span(String quote) {
        int start = TEXT.indexOf(quote);
        return Span.of(TEXT, start, start + quote.length());
    }

    private static DocumentScore score(Gold gold, List<ReturnStatistic> statistics) {
        return score(gold, statistics, List.of());
    }

    private static DocumentScore score(Gold gold, List<ReturnStatistic> statistics, List<Flight> flights) {
        List<Mention> mentions = new ArrayList<>();
        mentions.add(new Mention(SYRIA.key(), span("Syria")));
        mentions.add(new Mention(CHAD.key(), span("Chad")));
        mentions.add(new Mention(IOM.key(), span("agency")));
        mentions.add(new Mention(CARRIER.key(), span("Air Zed")));
        mentions.add(new Mention(NDJAMENA.key(), span("Ndjamena")));
        DocumentAnnotations annotations = new DocumentAnnotations(DocumentAnnotations.FORMAT, (Article) null, null,
                List.of(SYRIA, CHAD, IOM, CARRIER, NDJAMENA), mentions, statistics, flights, List.of(), List.of(),
                List.of());
        return Scorer.score("doc", TEXT, gold, annotations);
    }
}
