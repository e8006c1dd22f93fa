package org.homeward.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.Document;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;
import org.homeward.model.Period;
import org.homeward.model.Population;
import org.homeward.model.Qualifier;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.StatisticKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The extractor's rules on short invented reports, each showing one way news copy states a fact. */
class RuleBasedExtractorTest {

    private static final String FILLER = " Officials said the operation had been planned for months and that the"
            + " families would receive support after their arrival.";

    private final RuleBasedExtractor extractor = new RuleBasedExtractor();

    private DocumentAnnotations extract(String text, String published) {
        return extractAsWritten(text + FILLER, published);
    }

    /** The annotations of the text as it stands, with no sentence added. */
    private DocumentAnnotations extractAsWritten(String text, String published) {
        return extractor.extract(new Document("t.txt", text, new ArticleMetadata(null, null, published, null, "en")));
    }

    private static ReturnStatistic only(DocumentAnnotations a) {
        assertEquals(1, a.statistics().size(), () -> "statistics: " + a.statistics());
        return a.statistics().get(0);
    }

    /** The values of the statistics found, in order. */
    private static List<Integer> values(DocumentAnnotations a) {
        return a.statistics().stream().map(s -> s.value().intValue()).toList();
    }

    /** The passenger counts of the flights found, in order. */
    private static List<Integer> passengers(DocumentAnnotations a) {
        return a.flights().stream().map(f -> f.passengerCount().intValue()).toList();
    }

    private static void assertCountsFlights(DocumentAnnotations a, int count) {
        assertTrue(a.flights().stream().anyMatch(f -> f.flightCount() != null && f.flightCount().intValue() == count),
                () -> "flights: " + a.flights());
    }

    private static ReturnStatistic counting(DocumentAnnotations a, int value) {
        return a.statistics().stream().filter(s -> s.value().intValue() == value).findFirst()
                .orElseThrow(() -> new AssertionError("statistics: " + a.statistics()));
    }

    @Test
    void theSubjectOfAnActiveVerbIsTheDestinationAndTheNationality() {
        ReturnStatistic s = only(extract("Kosovo repatriated 110 citizens from Syria on Saturday.", "2019-04-22"));

        assertEquals(0, new BigDecimal("110").compareTo(s.value()));
        assertEquals(StatisticKind.REPATRIATED, s.kind());
        assertEquals(Population.CITIZENS, s.population());
        assertEquals(List.of("country/SY"), s.origins());
        assertEquals(List.of("country/XK"), s.destinations());
        assertEquals("country/XK", s.nationality());
        assertEquals(new Period("2019-04-20", "2019-04-20"), s.period());
    }

    @Test
    void peopleWhoGoHomeGoToTheirOwnCountry() {
        ReturnStatistic s = only(extract("Nearly 300 Iraqi families returned home from the al-Hol camp last month.",
                "2021-06-10"));

        assertEquals(Qualifier.NEARLY, s.qualifier());
        assertEquals(List.of("country/IQ"), s.destinations());
        assertTrue(s.origins().contains("country/SY"), () -> "origins " + s.origins());
        assertEquals(new Period("2021-05", "2021-05"), s.period());
    }

    @Test
    void aPlaceNamedAfterTheSourceOfTheFigureIsNotItsRoute() {
        ReturnStatistic s = only(extract("The national carrier has flown more than 900 Ghanaians home from Dakar"
                + " since Monday, the ministry said, as the capital sent food to Mali on the outbound leg.", "2024-10-04"));

        assertEquals(StatisticKind.RETURNED, s.kind());
        assertEquals(List.of("country/GH"), s.destinations());
    }

    @Test
    void moreOrOthersCountThePeopleOfTheFigureJustGiven() {
        DocumentAnnotations a = extract("The air force flew 312 Ghanaians home from Abidjan on Monday. About 3,000"
                + " more have registered with the embassy and are waiting to leave. About 250 others were killed in"
                + " the fighting.", "2011-04-05");

        ReturnStatistic waiting = counting(a, 3000);
        assertEquals(StatisticKind.AWAITING_RETURN, waiting.kind());
        assertEquals("country/GH", waiting.nationality());
        assertEquals(List.of(312, 3000), values(a));
    }

    @Test
    void aNumberBeforeAnOrganisationCountsItsPlanesAndIsNoPartOfItsName() {
        DocumentAnnotations a = extract("Two Ghanaian Air Force transport planes landed in Accra on Wednesday with"
                + " 486 Ghanaians evacuated from Abidjan.", "2011-03-30");

        List<String> organisations = a.entities().stream().filter(e -> e.type() == EntityType.ORGANISATION)
                .map(Entity::label).toList();
        assertEquals(List.of("Ghanaian Air Force"), organisations);
    }

    @Test
    void departuresDeathsCapacitiesAndVagueAmountsAreNotReturns() {
        DocumentAnnotations a = extract("Some 2,000 people fled the town and 40 civilians were killed. The camp can"
                + " accommodate 5,000 returnees. Thousands of families remain displaced, and 12 men joined the group.",
                "2020-01-01");

        assertTrue(a.statistics().isEmpty(), () -> "statistics: " + a.statistics());
    }

    @Test
    void aBreakdownIsLinkedToItsTotal() {
        DocumentAnnotations a = extract("Tajikistan brought home 84 children from Iraq, including 12 orphans.",
                "2019-05-01");

        assertEquals(2, a.statistics().size());
        ReturnStatistic total = a.statistics().get(0);
        ReturnStatistic part = a.statistics().get(1);
        assertEquals(Population.ORPHANS, part.population());
        assertEquals(total.id(), part.partOf());
        assertEquals(total.destinations(), part.destinations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"among them 12 children", "of whom 12 are children", "among whom 12 children"})
    void aPartAfterAPronounForItsGroupIsLinkedToItsTotal(String part) {
        DocumentAnnotations a = extract("The agency flew home 412 people from Yemen on Monday, " + part + ".",
                "2019-05-01");

        assertEquals(List.of(412, 12), values(a));
        assertEquals(Population.CHILDREN, counting(a, 12).population());
        assertEquals(counting(a, 412).id(), counting(a, 12).partOf());
    }

    @Test
    void aTableRowWithItsOwnTotalBreaksDownThatTotalNotAFigureSmallerThanIt() {
        DocumentAnnotations a = extract("About 52,000 refugees have returned to Ruritania from Xland since January,"
                + " the agency said. Field teams welcomed 1,900 returnees at the main crossing this week.\n\n"
                + "RETURNS BY CROSSING (this week)\nNorth Gate 2,140 | Lake Road 860 | Total 3,000\n", "2024-03-08");

        Map<Integer, ReturnStatistic> byValue = a.statistics().stream()
                .collect(Collectors.toMap(s -> s.value().intValue(), s -> s));
        ReturnStatistic tableTotal = byValue.get(3000);
        assertEquals("stat.table-total", tableTotal.provenance().rule());
        assertEquals(Population.REFUGEES, tableTotal.population());
        assertEquals(tableTotal.id(), byValue.get(2140).partOf());
        assertEquals(tableTotal.id(), byValue.get(860).partOf());
        assertEquals(StatisticKind.RETURNED, byValue.get(1900).kind());
    }

    @Test
    void aGroupToldBeforeIsBrokenDownByItsPronounByOnBoardAndByApposition() {
        DocumentAnnotations a = extract("Ruritania brought home 40 citizens from camps in Syria on Monday. They were"
                + " nine women and 31 children. On board were 12 boys and 19 girls. The group, nine women and 31"
                + " children, was put on a chartered Acme Air Boeing 737 in Erbil.", "2024-05-07");

        ReturnStatistic total = a.statistics().get(0);
        assertEquals(7, a.statistics().size(), () -> "statistics: " + a.statistics());
        assertTrue(a.statistics().stream().skip(1).allMatch(s -> total.id().equals(s.partOf())),
                () -> "statistics: " + a.statistics());
        assertEquals(new BigDecimal(40), a.flights().get(0).passengerCount());
    }

    @Test
    void aGroupThatOnlyOpensTheSentenceIsNotBrokenDown() {
        DocumentAnnotations a = extract("Ruritania brought home 40 families from camps in Syria on Monday. Alongside"
                + " the families, 64 detainees were handed to the authorities.", "2024-05-07");

        assertTrue(a.statistics().stream().allMatch(s -> s.partOf() == null), () -> "statistics: " + a.statistics());
    }

    @Test
    void figuresThatFollowAFlightsFigureCountTheirOwnDaysFlights() {
        DocumentAnnotations a = extract("The first plane, on Monday, carried 212 returnees home, followed by 187 on"
                + " Wednesday and 143 on Friday.", "2023-05-13");

        assertEquals(List.of(212, 187, 143), values(a));
        assertEquals(new Period("2023-05-10", "2023-05-10"), a.statistics().get(1).period());
    }

    /**
     * The speaker of a figure, one reading a row: "the consulate" is the one named before; a ministry named only
     * by what it is for speaks; a person titled with their post ("spokesperson in Bangui") is named.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Kenyan consulate in Juba opened a second office this month. The consulate has recorded 4,150 returns"
                + " through its border posts since January.|Kenyan consulate",
        "A German air force plane landed in Jordan with 148 people on board, the defence ministry in Berlin said."
                + "|defence ministry in Berlin",
        "That brings to 1,240 the number of refugees who have come home from Chad since the operation resumed, UNHCR"
                + " spokesperson in Bangui Amadou Kéita said.|Amadou Kéita",
        // a name no rule reads, which the name model tags as an organisation
        "Canada repatriated 14 of its citizens from camps in north-east Syria on Thursday, Global Affairs Canada"
                + " said.|Global Affairs Canada"})
    void theSpeakerIsWhomTheSentenceNames(String text, String speaker) {
        assertEquals(speaker, speakerLabel(extract(text, "2024-05-08")));
    }

    @Test
    void aStateThatEvacuatesItsOwnCitizensTakesThemHomeButNotOthers() {
        ReturnStatistic own = only(extract("Kazakhstan has evacuated 300 citizens from Lebanon.", "2024-10-07"));
        ReturnStatistic others = only(extract("Kazakhstan has evacuated 300 people from Lebanon.", "2024-10-07"));

        assertEquals(List.of("country/KZ"), own.destinations());
        assertEquals(List.of(), others.destinations());
    }

    @Test
    void evacueesOfANationalityWhoseDestinationIsUntoldWentHome() {
        ReturnStatistic s = only(extract("A second group of 212 Malaysian citizens was evacuated from Lebanon on Monday.",
                "2023-04-26"));

        assertEquals(List.of("country/MY"), s.destinations());
    }

    @Test
    void aFigureThatNamesNoOriginTakesTheOneMostOfItsDocumentsLaterFiguresShare() {
        String first = "Some 2,100 refugees returned to Burundi last week, the agency said. ";
        DocumentAnnotations twice = extract(first + "On Monday, 1,200 refugees returned to Burundi from Tanzania. On"
                + " Tuesday, 900 refugees returned to Burundi from Tanzania.", "2023-05-12");
        DocumentAnnotations once = extract(first + "On Monday, 1,200 refugees returned to Burundi from Tanzania.",
                "2023-05-12");

        assertEquals(List.of("country/TZ"), twice.statistics().get(0).origins());
        assertEquals(List.of(), once.statistics().get(0).origins());
    }

    @Test
    void aNationalityThatIsItsOwnPluralEndsItsItemInAListOfNumbers() {
        DocumentAnnotations a = extract("Thailand deported 90 foreign workers on Tuesday. Among them were 47"
                + " Vietnamese, 31 Indonesians and 12 Malaysians.", "2024-05-08");

        assertEquals("country/VN", counting(a, 47).nationality());
        assertEquals("country/ID", counting(a, 31).nationality());
    }

    @Test
    void aClauseSayingWhoThereIsBreaksDownTheFigureJustGiven() {
        DocumentAnnotations a = extract("Vanuatu brought home 154 seasonal workers from New Zealand on Friday. The"
                + " labour department says there are 139 men and 15 women in the group.", "2020-08-10");

        assertEquals(List.of(154, 139, 15), values(a));
        assertEquals(counting(a, 154).id(), counting(a, 139).partOf());
    }

    @Test
    void aBreakdownToldInASentenceOfItsOwnTakesThatSentencesTime() {
        DocumentAnnotations a = extract("Kazakhstan has repatriated 600 citizens from Syria since January, the"
                + " ministry said. The returnees who landed in Aktau on Tuesday included 119 women and 142 children.",
                "2023-03-10");

        assertEquals(counting(a, 600).id(), counting(a, 119).partOf());
        assertEquals(new Period("2023-03-07", "2023-03-07"), counting(a, 119).period());
        assertEquals(new Period("2023-01", "2023-03-10"), counting(a, 600).period());
    }

    @Test
    void foreignersAStateSendsHomeAreNotItsOwn() {
        ReturnStatistic s = only(extract("Kenya deported 186 foreign workers on Tuesday.", "2024-05-08"));

        assertEquals(null, s.nationality());
        assertEquals(List.of("country/KE"), s.origins());
        assertEquals(List.of(), s.destinations());
    }

    @Test
    void nationalsAreCountedAsPeopleWhoStillGoHomeToTheirState() {
        ReturnStatistic own = only(extract("South Korea flew 163 of its nationals out of Israel on Sunday.",
                "2023-10-16"));
        ReturnStatistic foreign = only(extract("Kenya evacuated 94 foreign nationals from Lamu on Sunday.",
                "2023-10-16"));

        assertEquals(Population.PEOPLE, own.population());
        assertEquals("country/KR", own.nationality());
        assertEquals(List.of("country/KR"), own.destinations());
        assertEquals(null, foreign.nationality());
    }

    @Test
    void peopleWhoMovedBetweenUnknownPlacesMovedWithinTheCountryTheDocumentIsSetIn() {
        String figure = "More than 12,000 people have returned to Tolmo district since Monday, officials said. ";
        DocumentAnnotations setInKenya = extract("Floods in western Kenya forced families into schools in May. "
                + figure, "2023-06-02");
        DocumentAnnotations twoCountries = extract("Floods in Kenya and Uganda forced families into schools in May. "
                + figure, "2023-06-02");

        assertEquals(List.of("country/KE"), only(setInKenya).origins());
        assertEquals(List.of("country/KE"), only(setInKenya).destinations());
        assertEquals(List.of(), only(twoCountries).origins());
    }

    @Test
    void aFigureWhoseRouteTheDocumentLeavesOpenMakesTheJourneyItsHeadlineNames() {
        String body = "\n\nSome 4,300 Afghans crossed back into Afghanistan this week, the agency said.";
        DocumentAnnotations returns = extract("Forced returns from Pakistan surge at border" + body, "2025-04-09");
        DocumentAnnotations noJourney = extract("Aid agencies in Pakistan short of funds" + body, "2025-04-09");
        DocumentAnnotations notAHeadline = extract("Returns from Pakistan went on." + body, "2025-04-09");
        DocumentAnnotations deportations = extract("Repatriation flights to Nigeria resume\n\nSome 120 people were"
                + " deported on Tuesday, officials in Italy and Malta said.", "2025-04-09");

        assertEquals(List.of("country/PK"), only(returns).origins());
        assertEquals(List.of("country/AF"), only(returns).destinations());
        assertEquals(List.of(), only(noJourney).origins());
        assertEquals(List.of(), only(notAHeadline).origins());
        assertEquals(List.of("country/NG"), only(deportations).destinations());
    }

    @Test
    void aFigureThatNamesNoDestinationTakesTheOneMostOfItsDocumentsFiguresShare() {
        DocumentAnnotations a = extract("Some 2,100 refugees crossed back from Tanzania last week, the agency said."
                + " On Monday, 1,200 refugees returned to Burundi from Tanzania. On Tuesday, 900 refugees returned"
                + " to Burundi from Tanzania.", "2023-05-12");

        assertEquals(List.of("country/BI"), a.statistics().get(0).destinations());
    }

    @Test
    void peopleWhoLeftForTheirHomeAreasReturnedAndTheMonthMayPlansNothing() {
        ReturnStatistic s = only(extract("In May, 88 families left the reception site for their home villages.",
                "2024-06-03"));
        DocumentAnnotations away = extract("In May, 88 families left the reception site for the capital.",
                "2024-06-03");

        assertEquals(StatisticKind.RETURNED, s.kind());
        assertTrue(away.statistics().isEmpty(), () -> "statistics: " + away.statistics());
    }

    @Test
    void aSecondStatesFigureWithItsVerbLeftOutCountsItsOwnCitizens() {
        DocumentAnnotations a = extract("Uzbekistan has repatriated more than 530 of its citizens from Iraq since"
                + " 2020, and Kyrgyzstan about 260.", "2024-06-03");
        DocumentAnnotations range = extract("Some 6,400 Afghans came back to the country from Pakistan and Iran"
                + " between 5 and 8 May.", "2024-06-03");

        ReturnStatistic gapped = a.statistics().get(1);
        assertEquals(260, gapped.value().intValue());
        assertEquals("country/KG", gapped.nationality());
        assertEquals(List.of("country/KG"), gapped.destinations());
        assertTrue(range.statistics().stream().noneMatch(s -> s.value().intValue() < 10),
                () -> "statistics: " + range.statistics());
    }

    @Test
    void plannedReturnsAreExpectedNotDone() {
        ReturnStatistic s = only(extract("The two governments agreed to repatriate about 5,000 Burundian refugees.",
                null));

        assertEquals(StatisticKind.EXPECTED_TO_RETURN, s.kind());
        assertEquals("country/BI", s.nationality());
    }

    @Test
    void theSpeakerIsTheTitledPersonWhoSaidIt() {
        DocumentAnnotations a = extract("More than 1,200 migrants were flown home from Libya, Interior Minister"
                + " Jane Okafor told reporters on Monday.", "2022-03-09");

        ReturnStatistic s = only(a);
        Entity speaker = a.entities().stream().filter(e -> e.key().equals(s.statedBy())).findFirst().orElseThrow();
        assertEquals("Jane Okafor", speaker.label());
        assertEquals("Interior Minister", speaker.jobTitle());
        assertEquals(StatisticKind.RETURNED, s.kind());
    }

    @Test
    void aQuotationIsAttributedToTheSpeakerNamedAfterIt() {
        DocumentAnnotations a = extract("\"We have brought back 43 women. Another 60 children are awaiting"
                + " repatriation,\" said Amira Haddad, a spokeswoman for the ministry.", null);

        Set<String> speakers = a.statistics().stream().map(ReturnStatistic::statedBy).collect(Collectors.toSet());
        assertEquals(Set.of("person/amira-haddad"), speakers);
        assertEquals(StatisticKind.AWAITING_RETURN, a.statistics().get(1).kind());
    }

    @Test
    void aRouteThatTheParseHangsOnTheVerbIsReadPastTheBreakdownBetween() {
        DocumentAnnotations a = extract("Kazakhstan repatriates citizens\n\nASTANA, March 3 - Kazakhstan has"
                + " repatriated 71 citizens, 50 of them children, from Iraq and Syria since 2020, the foreign ministry"
                + " said on Tuesday.\n\nThe ministry said the group would receive help with housing and schooling.",
                "2021-03-03");

        ReturnStatistic total = a.statistics().get(0);
        assertEquals(71, total.value().intValue());
        assertEquals(List.of("country/IQ", "country/SY"), total.origins());
    }

    @Test
    void anAcronymInBracketsAfterAnOrganisationsNameStandsForItLaterInTheArticleAndOneUnexplainedForItself() {
        String later = "RWC recorded 2,450 returnees at the border crossing last week.";
        DocumentAnnotations introduced = extract("The Returnee Welfare Commission (RWC) opened a new transit centre"
                + " on Monday.\n\n" + later, "2024-05-06");
        DocumentAnnotations unexplained = extract("A new transit centre opened on Monday.\n\n" + later, "2024-05-06");

        assertEquals("organisation/returnee-welfare-commission", only(introduced).statedBy());
        assertEquals("organisation/rwc", only(unexplained).statedBy());
    }

    @Test
    void aSentenceThatNamesNoSourceGoesOnInTheVoiceOfTheSentenceBeforeItInItsParagraph() {
        DocumentAnnotations a = extract("More than 1,200 migrants were flown home from Libya, Interior Minister"
                + " Jane Okafor told reporters on Monday. Another 300 migrants are expected to return next week."
                + " District officers counted 95 returnees at the border.\n\nSome 40 families returned to Misrata.",
                "2022-03-09");

        List<String> speakers = a.statistics().stream().map(ReturnStatistic::statedBy).toList();
        assertEquals(4, speakers.size(), () -> "statistics " + a.statistics());
        assertEquals(speakers.get(0), speakers.get(1), "the next sentence of the paragraph");
        assertEquals(null, speakers.get(2), "reporting words of its own whose source is unknown");
        assertEquals(null, speakers.get(3), "a new paragraph");
    }

    @Test
    void anEvacuationThatDoesNotSayWhereFromLeavesWhereTheFigureBeforeItsPeopleLeft() {
        List<ReturnStatistic> all = extract("Kenya has evacuated 340 of its citizens from Sudan by air, the"
                + " foreign ministry said on Monday. A second aircraft evacuated 125 people on Tuesday.",
                "2023-04-25").statistics();

        assertEquals(2, all.size(), () -> "statistics " + all);
        assertEquals(StatisticKind.EVACUATED, all.get(1).kind());
        assertEquals(List.of("country/SD"), all.get(0).origins());
        assertEquals(List.of("country/SD"), all.get(1).origins());
    }

    @Test
    void pageFurnitureYieldsNoFacts() {
        DocumentAnnotations a = extractor.extract(new Document("t.txt", "Officials said 25 refugees returned to Syria"
                + " from Jordan on Friday." + FILLER + "\nRelated:\nJordan says 500 refugees returned home\n"
                + "Support independent journalism\nDonate today, and 1,000 readers returned to our site.", null));

        assertEquals(1, a.statistics().size(), () -> "statistics: " + a.statistics());
        assertTrue(a.excluded().size() >= 2, () -> "excluded: " + a.excluded());
    }

    @Test
    void aTextThatIsNotEnglishYieldsNoFactsAndAWarning() {
        DocumentAnnotations a = extractor.extract(new Document("fr.txt", "Plus de 150 enfants sont rentrés en Russie"
                + " depuis la Syrie et l'Irak au cours de l'année écoulée, a déclaré la commissaire aux droits de"
                + " l'enfant lors d'une conférence à Vienne, selon l'agence de presse qui cite ses propos.", null));

        assertTrue(a.statistics().isEmpty());
        assertEquals(1, a.warnings().size());
        assertTrue(a.warnings().get(0).startsWith("HW-W003 fr.txt"), a.warnings().get(0));
    }

    @Test
    void theSameNameIsOnePersonAndTheSurnameRefersBack() {
        DocumentAnnotations a = extract("Foreign Minister Aliya Serikova said 90 citizens were repatriated. Serikova"
                + " added that more flights would follow.", null);

        List<Entity> persons = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertEquals(1, persons.size(), () -> "persons: " + persons);
        assertEquals(2, a.mentions().stream().filter(m -> m.entity().equals(persons.get(0).key())).count());
    }

    @Test
    void anAgencysOwnReportStatesEveryFigureItGivesWithoutASpeaker() {
        DocumentAnnotations a = extract("UNHCR BURUNDI\nFLASH UPDATE #3\n\n"
                + "Some 640 Burundian refugees were repatriated from Tanzania this week.", "2024-10-20");

        ReturnStatistic s = only(a);
        assertEquals("organisation/unhcr", s.statedBy());
        assertTrue(a.attributions().stream().anyMatch(at -> at.id().equals(s.attribution())
                && at.evidence().quote().equals("UNHCR")), () -> "attributions " + a.attributions());
    }

    @Test
    void aNewsStoryAboutAnAgencyIsNotTheAgencysOwn() {
        ReturnStatistic s = only(extract("UNHCR steps up returns to Burundi\n\n"
                + "Some 640 Burundian refugees were repatriated from Tanzania this week.", "2024-10-20"));

        assertEquals(null, s.statedBy());
    }

    @Test
    void aListBreaksItsTotalDownByTheCountriesItNames() {
        List<ReturnStatistic> all = extract("Some 640 refugees returned to Burundi this week from Tanzania (420), "
                + "Rwanda (150) and other countries (70).", "2024-10-20").statistics();

        assertEquals(4, all.size(), () -> "statistics " + all);
        ReturnStatistic total = all.get(0);
        ReturnStatistic rwanda = all.get(2);
        assertEquals(0, new BigDecimal("150").compareTo(rwanda.value()));
        assertEquals(total.id(), rwanda.partOf());
        assertEquals(List.of("country/RW"), rwanda.origins());
        assertEquals(List.of(), all.get(3).origins(), "other countries name none");
    }

    @Test
    void aListOfDestinationsAndOneOfCitizensInASentenceOfItsOwnBreakDownTheFigureBefore() {
        DocumentAnnotations a = extract("The interior ministry said 90 migrants were deported from Spain last"
                + " month. They were flown to Morocco (50) and Algeria (30). By nationality, the largest"
                + " groups were citizens of Mali (48) and Chad (22).", "2024-10-20");

        ReturnStatistic total = counting(a, 90);
        ReturnStatistic flown = counting(a, 30);
        assertEquals(total.id(), flown.partOf());
        assertEquals(List.of("country/DZ"), flown.destinations());
        ReturnStatistic chadians = counting(a, 22);
        assertEquals(total.id(), chadians.partOf());
        assertEquals("country/TD", chadians.nationality());
        assertEquals(List.of("country/TD"), chadians.destinations(), "deportees go to their own country");
        assertEquals(Population.MIGRANTS, chadians.population(), "the people of the total");
    }

    @Test
    void aListInASentenceOfItsOwnIsGivenByThatSentencesSource() {
        DocumentAnnotations a = extract("The interior ministry said 90 migrants were deported from Spain last month."
                + " According to the National Police, the largest groups were citizens of Mali (48) and Chad (22).",
                "2024-10-20");

        assertEquals("organisation/interior-ministry", counting(a, 90).statedBy());
        assertEquals("organisation/national-police", counting(a, 22).statedBy());
    }

    @Test
    void aListOfDemonymsNamesCitizensNotWhereTheyCameFrom() {
        DocumentAnnotations a = extract("The agency flew 120 migrants home from Libya on Tuesday. Among them were"
                + " Nigerians (70) and Ghanaians (50).", "2024-10-20");

        ReturnStatistic ghanaians = counting(a, 50);
        assertEquals("country/GH", ghanaians.nationality());
        assertEquals(List.of("country/LY"), ghanaians.origins());
        assertEquals(List.of("country/GH"), ghanaians.destinations());
    }

    @Test
    void holidaymakersAndPatientsAreCountedAsPeople() {
        DocumentAnnotations a = extract("The tour operator flew 240 holidaymakers home from Mexico on Friday, and"
                + " the ministry said 35 patients were evacuated to Jordan.", "2024-10-20");

        assertEquals(Population.PEOPLE, counting(a, 240).population());
        assertEquals(Population.PEOPLE, counting(a, 35).population());
    }

    @Test
    void servicemenExchangedAreDetaineesAndSoldiersSentBackArePeople() {
        DocumentAnnotations a = extract("Ruritania brought home 95 servicemen in a prisoner exchange on Sunday, and"
                + " 60 soldiers who had crossed the border were sent back to Laos on Monday.", "2024-10-20");

        assertEquals(Population.DETAINEES, counting(a, 95).population());
        assertEquals(Population.PEOPLE, counting(a, 60).population());
    }

    @Test
    void digitsInBracketsThatRepeatANumberInWordsAreThatNumber() {
        ReturnStatistic s = only(extract("The ministry received thirty-eight (38) women repatriated from Oman on"
                + " Sunday.", "2024-10-20"));

        assertEquals(0, new BigDecimal("38").compareTo(s.value()));
        assertEquals(Population.WOMEN, s.population());
    }

    @Test
    void aNumberThatIsTheSubjectOfAReturnCountsThePeopleOfTheFigureBefore() {
        List<ReturnStatistic> all = extract("Some 640 Burundian refugees were repatriated from Tanzania this week. "
                + "Of them, 410 were flown home and no one was left behind.", "2024-10-20").statistics();

        assertEquals(2, all.size(), () -> "statistics " + all);
        assertEquals(0, new BigDecimal("410").compareTo(all.get(1).value()));
        assertEquals(Population.REFUGEES, all.get(1).population());
    }

    @Test
    void theAirlineNamedWithTheAircraftCarriesTheFlight() {
        DocumentAnnotations a = extract("A chartered Ethiopian Airlines aircraft carrying 94 Kenyans evacuated from "
                + "Lebanon landed in Nairobi on Monday.", "2024-10-16");

        assertEquals(1, a.flights().size(), () -> "flights " + a.flights());
        String carrier = a.flights().get(0).carrier();
        assertEquals("Ethiopian Airlines", a.entities().stream().filter(e -> e.key().equals(carrier))
                .map(Entity::label).findFirst().orElse(null));
    }

    @Test
    void returneesCountAsReturnedUnlessTheSentenceSaysTheyDidSomethingElse() {
        ReturnStatistic s = only(extract("Key figures: 14,200 returnees from Sudan in the week to 2 March.", "2025-03-03"));
        assertEquals(StatisticKind.RETURNED, s.kind());

        assertEquals(List.of(), extract("Two returnees were treated for heat exhaustion at the crossing.", "2025-03-03")
                .statistics());
    }

    @Test
    void aNationalityThatIsItsOwnPluralCountsPeopleOfThatCountry() {
        ReturnStatistic s = only(extract("Some 9,000 Senegalese have gone home from Mauritania this year.",
                "2025-07-10"));
        DocumentAnnotations adjective = extract("A network of 23 Senegalese and Gambian charities welcomed the"
                + " returns.", "2025-07-10");

        assertEquals(9000, s.value().intValue());
        assertEquals("country/SN", s.nationality());
        assertEquals(List.of("country/SN"), s.destinations());
        assertTrue(adjective.statistics().isEmpty(), () -> "statistics: " + adjective.statistics());
    }

    @Test
    void aReturnThatDoesNotSayWhereFromLeavesTheDatelinesCountryWhenTheStoryIsSetThere() {
        ReturnStatistic setThere = only(extract("QUETTA: Some 3,000 Afghans crossed back into Afghanistan on Monday,"
                + " officials in Islamabad said.", "2025-03-04"));
        ReturnStatistic passingThrough = only(extract("GENEVA - Some 3,000 Afghans crossed back into Afghanistan on"
                + " Monday, the agency said.", "2025-03-04"));

        assertEquals(List.of("country/PK"), setThere.origins());
        assertEquals(List.of(), passingThrough.origins());
    }

    @Test
    void peopleBeingHeldInAPartOfACountryComeFromThatCountry() {
        ReturnStatistic s = only(extract("Belgium on Friday repatriated 11 Belgian children who were being held in"
                + " camps in north-eastern Syria.", "2025-03-04"));

        assertEquals(List.of("country/SY"), s.origins());
    }

    @Test
    void returneesWhoArriveOrCrossHaveReturnedWhereverTheRouteLeavesThem() {
        DocumentAnnotations a = extract("Some 47,900 Burundian returnees have arrived from Tanzania since April,"
                + " and 1,210 returnees crossed at Gisuru last week.", "2025-03-04");

        assertEquals(List.of(47900, 1210), values(a));
        assertTrue(a.statistics().stream().allMatch(s -> s.kind() == StatisticKind.RETURNED), () -> "" + a.statistics());
    }

    @Test
    void anExistentialSentenceOfBoysAndGirlsBreaksDownTheFigureBefore() {
        DocumentAnnotations a = extract("Kyrgyzstan brought home 58 children from Iraq on Sunday. There are 30 boys"
                + " and 28 girls.", "2025-03-05");
        DocumentAnnotations alone = extract("There are 5,000 children living in the camps near the border.",
                "2025-03-05");

        ReturnStatistic total = a.statistics().get(0);
        assertEquals(List.of(30, 28), a.statistics().stream().filter(s -> total.id().equals(s.partOf()))
                .map(s -> s.value().intValue()).toList());
        assertTrue(alone.statistics().isEmpty(), () -> "statistics: " + alone.statistics());
    }

    @Test
    void thePeopleAGroupNounGathersShareWhatTheGroupDid() {
        ReturnStatistic s = only(extract("A first group of 31 women was flown home from Syria in May.", "2025-03-05"));

        assertEquals(31, s.value().intValue());
        assertEquals(StatisticKind.RETURNED, s.kind());
    }

    @Test
    void refugeeReturneesCountedByAnAgencyAreRefugeesWhoReturned() {
        ReturnStatistic s = only(extract("Border monitoring teams counted 2,140 refugee returnees at the three"
                + " crossings into Burundi this week.", "2025-03-04"));

        assertEquals(Population.REFUGEES, s.population());
        assertEquals(StatisticKind.RETURNED, s.kind());
        assertEquals("event.counted-returnees", s.provenance().rule());
    }

    @Test
    void aMinistryNamedByItsCountrysAdjectiveOrPossessiveInLowerCaseSpeaksForTheFigure() {
        DocumentAnnotations a = extract("A ship carrying 1,240 Saudi citizens docked in Jeddah on Monday, the Saudi"
                + " foreign ministry said.", "2023-04-24");

        DocumentAnnotations b = extract("Another 57 Indonesians were evacuated by land into Egypt on Monday,"
                + " Indonesia's foreign ministry said.", "2023-04-24");

        assertEquals("Saudi foreign ministry", speakerLabel(a));
        assertEquals("Indonesia's foreign ministry", speakerLabel(b));
    }

    @Test
    void aCountryThatSaysSomethingSpeaksForItsFigures() {
        DocumentAnnotations a = extract("France says it has evacuated 388 people to Djibouti since Sunday.",
                "2023-04-24");
        DocumentAnnotations destination = extract("About 388 people were evacuated to France, said Jane Moreau, a"
                + " spokeswoman for the ministry.", "2023-04-24");

        assertEquals("country/FR", only(a).statedBy());
        assertTrue(destination.statistics().stream().noneMatch(s -> "country/FR".equals(s.statedBy())),
                () -> "statistics: " + destination.statistics());
    }

    private static String speakerLabel(DocumentAnnotations a) {
        return a.entities().stream().filter(e -> e.key().equals(only(a).statedBy())).map(Entity::label).findFirst()
                .orElse(null);
    }

    @Test
    void numbersContinuingAListCountTheSamePeopleEachOnItsOwnDay() {
        DocumentAnnotations a = extract("A total of 402 refugees returned to Burundi from Tanzania last week: 130 on"
                + " 8 May, 122 on 10 May and 150 on 12 May.", "2023-05-15");

        List<ReturnStatistic> parts = a.statistics().stream().filter(s -> s.partOf() != null).toList();
        assertEquals(List.of(130, 122, 150), parts.stream().map(s -> s.value().intValue()).toList());
        ReturnStatistic total = a.statistics().get(0);
        assertTrue(parts.stream().allMatch(s -> s.partOf().equals(total.id())), () -> "parts " + parts);
        assertEquals(new Period("2023-05-08", "2023-05-08"), parts.get(0).period());
        assertEquals(new Period("2023-05-12", "2023-05-12"), parts.get(2).period());
        assertTrue(parts.stream().allMatch(s -> s.population() == Population.REFUGEES
                && s.destinations().equals(List.of("country/BI"))), () -> "parts " + parts);
    }

    @Test
    void peopleWhoArriveCountOnlyWhenTheyArriveHome() {
        ReturnStatistic home = only(extract("Some 140 Kenyans who had been stranded in Lebanon arrived in Nairobi"
                + " on Sunday.", "2024-10-07"));
        DocumentAnnotations abroad = extract("Some 140 Sudanese refugees arrived in Chad on Sunday.", "2024-10-07");

        assertEquals(StatisticKind.RETURNED, home.kind());
        assertEquals("event.arrived", home.provenance().rule());
        assertTrue(abroad.statistics().isEmpty(), () -> "statistics: " + abroad.statistics());
    }

    @Test
    void thePeopleAPlaneAlreadyToldOfCarriedBreakDownTheFigureBefore() {
        DocumentAnnotations a = extract("Kenya brought home 94 citizens from Lebanon on Saturday. The plane carried"
                + " 89 adults and five infants.", "2024-10-13");

        ReturnStatistic total = a.statistics().get(0);
        List<ReturnStatistic> parts = a.statistics().subList(1, a.statistics().size());
        assertEquals(List.of(89, 5), parts.stream().map(s -> s.value().intValue()).toList());
        assertTrue(parts.stream().allMatch(s -> total.id().equals(s.partOf())), () -> "parts " + parts);
    }

    @Test
    void aPlaneCarriedTheGroupToldBeforeThatItsSentenceBreaksDownPartByPart() {
        DocumentAnnotations a = extract("Tajikistan has repatriated 42 citizens from Iraq, the ministry said. The"
                + " group, which was flown out of Baghdad on an air force plane, was made up of 12 women and 30"
                + " children, of whom 17 are boys.", "2021-03-01");

        assertEquals(List.of(42), passengers(a));
        assertEquals(counting(a, 30).id(), counting(a, 17).partOf());
    }

    @Test
    void aPartOfThemThatNamesItsPeopleBreaksDownTheFigureJustGiven() {
        DocumentAnnotations a = extract("Uzbekistan has repatriated 96 citizens from Syria, 61 of them children.",
                "2021-03-01");
        DocumentAnnotations hospital = extract("Uzbekistan has repatriated 96 citizens from Syria. Four of them"
                + " were admitted to hospital.", "2021-03-01");

        assertEquals(2, a.statistics().size(), () -> "statistics: " + a.statistics());
        ReturnStatistic part = a.statistics().get(1);
        assertEquals(Population.CHILDREN, part.population());
        assertEquals(a.statistics().get(0).id(), part.partOf());
        only(hospital);
    }

    @Test
    void aPartOfThemToldByWhoTheyAreOrWhereTheyWereIsOfTheFigure() {
        DocumentAnnotations a = extract("Ruritania has repatriated 58 children from Iraq, nine of whom had been"
                + " living in an orphanage and 40 of whom had been held with their mothers.", "2021-03-01");
        DocumentAnnotations told = extract("Ruritania has repatriated 58 children from Iraq. Around 20 of them told"
                + " reporters they had been beaten.", "2021-03-01");

        assertEquals(List.of(58, 9, 40), values(a));
        ReturnStatistic total = a.statistics().get(0);
        assertTrue(a.statistics().subList(1, 3).stream().allMatch(s -> total.id().equals(s.partOf())
                && s.population() == Population.CHILDREN), () -> "parts " + a.statistics());
        only(told);
    }

    @Test
    void aPartOfThatTotalIsOfTheTotal() {
        DocumentAnnotations a = extract("The number of citizens brought back from Syria rises to 380. More than 200"
                + " of that total are minors.", "2021-03-01");

        assertEquals(2, a.statistics().size(), () -> "statistics: " + a.statistics());
        assertEquals(a.statistics().get(0).id(), a.statistics().get(1).partOf());
    }

    @Test
    void aNumberAPrepositionGovernsIsNoPart() {
        only(extract("Ruritania has repatriated 58 citizens from Iraq; schools reopened in 12 of them.", "2021-03-01"));
    }

    @Test
    void thePeopleAFlightCarriedAndTheirBreakdownGoWhereItLanded() {
        DocumentAnnotations a = extract("A chartered plane carrying 140 migrants who had been stranded in Libya landed"
                + " in Bamako on Tuesday. On board were 90 men and 50 women.", "2024-05-08");

        assertEquals(List.of(140, 90, 50), values(a));
        assertTrue(a.statistics().stream().allMatch(s -> s.destinations().equals(List.of("country/ML"))),
                () -> "statistics " + a.statistics());
    }

    @Test
    void aGroupComprisingFewerPeopleIsBrokenDownNotCountedAnew() {
        DocumentAnnotations a = extract("Ruritania evacuated 220 people from Lebanon on Sunday, comprising 130 women"
                + " and 90 children.", "2024-10-07");
        DocumentAnnotations units = extract("On Monday 52 families, consisting of 219 people, returned to the town.",
                "2024-10-07");

        ReturnStatistic total = a.statistics().get(0);
        assertEquals(List.of(220, 130, 90), values(a));
        assertTrue(a.statistics().subList(1, 3).stream().allMatch(s -> total.id().equals(s.partOf())),
                () -> "statistics " + a.statistics());
        assertTrue(units.statistics().stream().allMatch(s -> s.partOf() == null), () -> "statistics " + units.statistics());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The migrants travelled on board a Kenya Airways aircraft on Monday. A total of 340 Ethiopians have been"
                + " repatriated from Saudi Arabia so far this month, the ministry said.",
        "The fighters of the Northern Liberation Front have withdrawn from the border towns. The government said"
                + " more than 8,000 refugees had come back from Ghana since January."})
    void theMinistryOrTheGovernmentIsNoAirlineOrArmedGroupNamedBefore(String text) {
        DocumentAnnotations a = extract(text, "2024-05-08");

        assertEquals(EntityType.SOURCE, speaker(a).type());
        assertTrue(Set.of("ministry", "government").contains(speaker(a).label()), () -> "speaker: " + speaker(a));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Some 2,300 refugees have gone home from Chad since March, officials said.|officials",
        "About 1,900 Malians were deported from Algeria last month, according to Malian officials.|Malian officials",
        "Ghana's government says it has brought 640 of its citizens home from Libya.|Ghana's government",
        "Local authorities said 410 displaced families had returned to their villages in May.|Local authorities",
        "More than 700 Ghanaians were flown home from Tripoli on Friday, said airport officials.|airport officials",
        "The Ministry of Foreign Affairs thanked the crew. About 130 nationals were evacuated from Sudan on"
                + " Tuesday, the transport ministry said.|transport ministry"})
    void aSourceTheTextDescribesWithoutANameSpeaksInItsOwnWords(String text, String label) {
        DocumentAnnotations a = extract(text, "2024-05-08");

        assertEquals(EntityType.SOURCE, speaker(a).type());
        assertEquals(label, speaker(a).label());
        assertTrue(speaker(a).key().startsWith("article/" + a.article().sha256() + "/source/"),
                () -> "key: " + speaker(a).key());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Kenyan officials say they have brought home 212 citizens from Lebanon since Monday.",
        "Save the Children, a charity that has run the reception centre and its schools and clinics near the"
                + " border for more than two years, said 212 children had returned home from Lebanon.",
        "A Kenya Airways flight brought 212 citizens home from Beirut on Monday, the airline said."})
    void aSpeakerIsFoundPastAPluralVerbALongAppositionOrTheAirlineItNamed(String text) {
        DocumentAnnotations a = extract(text, "2024-05-08");

        assertTrue(Set.of("Kenyan officials", "Save the Children", "Kenya Airways").contains(speaker(a).label()),
                () -> "speaker: " + speaker(a));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "About 300 refugees returned to Burundi from Tanzania on Monday, UNHCR officials said.|UNHCR",
        "The Ministry of External Affairs has chartered two aircraft. A total of 420 Indians have been flown home"
                + " from Kuwait so far, a spokesman said.|Ministry of External Affairs",
        "Children's Commissioner Maria Lopez visited the camp on Monday. The official said 240 children had been"
                + " brought home from Syria this year.|Maria Lopez"})
    void officialsAndSpokesmenSpeakForThePersonOrOrganisationTheyStandFor(String text, String label) {
        assertEquals(label, speaker(extract(text, "2024-05-08")).label());
    }

    @Test
    void aTableBreaksDownTheFigureOfItsTotalColumnByColumn() {
        DocumentAnnotations a = extract("A total of 783 South Sudanese refugees returned home from Ethiopia in"
                + " May, UNHCR said.\n\n| Camp | Convoys | Households | Individuals |\n|---|---|---|---|\n"
                + "| Alpha | 3 | 118 | 512 |\n| Beta | 2 | 64 | 271 |\n| Total | 5 | 182 | 783 |\n\n", "2024-06-10");

        assertEquals(List.of(783, 118, 64, 182, 512, 271, 783), values(a));
        ReturnStatistic totalRow = a.statistics().stream().filter(s -> s.value().intValue() == 783)
                .filter(s -> s.evidence().quote().startsWith("| Total")).findFirst().orElseThrow();
        assertEquals(totalRow.id(), counting(a, 512).partOf());
        assertEquals(Population.REFUGEES, counting(a, 271).population());
        assertEquals(Population.FAMILIES, counting(a, 118).population());
        assertEquals(StatisticKind.RETURNED, counting(a, 64).kind());
        assertEquals(List.of("country/ET"), counting(a, 512).origins());
        assertEquals("| Beta | 2 | 64 | 271 |", counting(a, 64).evidence().quote());
    }

    @Test
    void aTableWithAColumnOfReturnsCountsOnlyThatColumnNotThePeopleWhoStayed() {
        DocumentAnnotations a = extract("Some 4,100 displaced people returned to their villages in Kenya this month,"
                + " the agency said.\n\n| District | IDPs in sites | Returned |\n|---|---|---|\n"
                + "| Alpha | 1,950 | 2,700 |\n| Beta | 820 | 1,400 |\n| Total | 2,770 | 4,100 |\n\n", "2024-06-10");

        assertEquals(List.of(4100, 2700, 1400, 4100), values(a));
    }

    @Test
    void aTableColumnThatNamesWhereReturnsWentIsNoColumnOfReturns() {
        DocumentAnnotations a = extract("A total of 783 South Sudanese refugees returned home from Ethiopia in"
                + " May, UNHCR said.\n\n| Convoy | Return area | Individuals |\n|---|---|---|\n"
                + "| No. 1 | Malakal | 512 |\n| No. 2 | Nasir | 271 |\n| Total | | 783 |\n\n", "2024-06-10");

        assertEquals(List.of(783, 512, 271, 783), values(a));
    }

    @Test
    void aTableRowNamedByAMonthOrADateCountsThatTime() {
        DocumentAnnotations a = extract("Some 3,346 Burundian refugees were repatriated from Tanzania this year.\n\n"
                + "| Month (2023) | Individuals |\n|---|---|\n| January | 1,245 |\n| February | 2,101 |\n\n"
                + "| Convoy | Date | Individuals |\n|---|---|---|\n| 14 | 3 June | 412 |\n\n", "2023-06-10");

        assertEquals(new Period("2023-01", "2023-01"), counting(a, 1245).period());
        assertEquals(new Period("2023-06-03", "2023-06-03"), counting(a, 412).period());
    }

    @Test
    void aTableWithNoFigureOfPeopleBeforeItGivesNothing() {
        DocumentAnnotations a = extract("The agency has asked donors for $12 million to run its transit centres.\n\n"
                + "| Centre | Individuals |\n|---|---|\n| Alpha | 512 |\n| Beta | 271 |\n\n", "2024-06-10");

        assertTrue(a.statistics().isEmpty(), () -> "statistics: " + a.statistics());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "State labour minister P. Latha said 300 workers had returned from Dubai on Monday.|P. Latha",
        "Chief Minister M.K. Devan welcomed the 300 workers who returned from Dubai on Monday.|M.K. Devan",
        "K. Raman said 300 workers had returned from Dubai on Monday.|K. Raman",
        "About 300 workers returned from Dubai on Monday, said R. Selvam.|R. Selvam"})
    void initialsAndASurnameNameAPerson(String text, String name) {
        List<String> persons = extract(text, "2024-05-08").entities().stream()
                .filter(e -> e.type() == EntityType.PERSON).map(Entity::label).toList();

        assertEquals(List.of(name), persons);
    }

    @Test
    void twoArticlesOfficialsAreNotTheSameSource() {
        DocumentAnnotations a = extract("Some 2,300 refugees have gone home from Chad, officials said.", "2024-05-08");
        DocumentAnnotations b = extract("Some 1,100 refugees have gone home from Niger, officials said.", "2024-05-08");

        assertEquals(speaker(a).label(), speaker(b).label());
        assertNotEquals(speaker(a).key(), speaker(b).key());
    }

    private static Entity speaker(DocumentAnnotations a) {
        return a.entities().stream().filter(e -> e.key().equals(only(a).statedBy())).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a running total of a group its modifier calls evacuated
        "A second military plane landed in the capital on Tuesday. The flight brings the total number of evacuated"
                + " citizens from Sudan to 2,371, the foreign ministry said. | 2023-04-26 | 2371",
        // "N of its citizens": the number is the verb's object, the citizens its "of" phrase
        "Norway has brought 64 of its citizens out of Sudan by road since Monday, the ministry said. | 2023-04-27 | 64"})
    void anEvacuationIsReadWithWhereItCameFrom(String text, String published, int value) {
        ReturnStatistic s = only(extract(text, published));

        assertEquals(value, s.value().intValue());
        assertEquals(StatisticKind.EVACUATED, s.kind());
        assertEquals(List.of("country/SD"), s.origins());
    }

    @Test
    void displacedPeopleReturnWithinTheCountryTheDocumentTakesThemTo() {
        DocumentAnnotations a = extract("Some 2,500 internally displaced persons went back to their villages last"
                + " week, aid workers said. About 5,000 people returned to Sudan from Egypt on Monday, officials said."
                + " Another 4,000 returned to Sudan from South Sudan on Tuesday.", "2024-05-08");

        ReturnStatistic displaced = a.statistics().get(0);
        assertEquals(Population.INTERNALLY_DISPLACED_PERSONS, displaced.population());
        assertEquals(List.of("country/SD"), displaced.origins());
        assertEquals(List.of("country/SD"), displaced.destinations());
    }

    @Test
    void passengersAFlightCarriedAreCounted() {
        ReturnStatistic s = only(extract("The Philippines brought home more workers from Lebanon over the weekend, the"
                + " labour department said. A chartered plane carrying 168 passengers from Beirut landed in Manila on"
                + " Sunday.", "2024-10-07"));

        assertEquals(168, s.value().intValue());
        assertTrue(s.destinations().contains("country/PH"), () -> "destinations " + s.destinations());
    }

    @Test
    void aRunningTotalGivenWithAFlightIsNoPlaneLoad() {
        DocumentAnnotations a = extract("A military aircraft landed in the capital on Tuesday with more evacuees. With"
                + " today's flight, 18,204 citizens have returned from Lebanon since October, the ministry said.",
                "2024-10-08");

        assertTrue(a.flights().stream().noneMatch(f -> f.passengerCount() != null
                && f.passengerCount().intValue() == 18204), () -> "flights " + a.flights());
        assertTrue(a.statistics().stream().anyMatch(s -> s.value().intValue() == 18204), () -> "statistics " + a.statistics());
    }

    @Test
    void aFigureQuotedAfterPuttingTheFigureAtIsRead() {
        DocumentAnnotations a = extract("About 5,000 refugees have been repatriated from Chad this year, the agency"
                + " said on Monday. The national commission put the figure at \"about 7,500\".", "2024-05-08");

        assertEquals(List.of(5000, 7500), values(a));
    }

    @Test
    void aShipThatDockedCountsWhomItCarried() {
        DocumentAnnotations a = extract("The chartered ship docked at Larnaca port on Tuesday with 318 people on board,"
                + " eleven hours after leaving Beirut.", "2024-10-09");

        assertEquals(List.of(318), values(a));
    }

    @Test
    void aFlightThatLandsInThePmCountsWhomItCarried() {
        DocumentAnnotations a = extract("The plane touched down in Lima shortly after 2 p.m. with 86 people on board.",
                "2024-05-08");

        assertEquals(List.of(86), values(a));
    }

    @Test
    void peopleWhoLeftTheCountryTheReturnsComeFromReturned() {
        DocumentAnnotations a = extract("Some 300 Afghans were deported from Iran on Monday, officials said. In all,"
                + " 1,200 people left Iran in May, and 450 people left Kabul for the provinces.", "2024-06-08");

        assertEquals(List.of(300, 1200), values(a));
        assertEquals(StatisticKind.RETURNED, counting(a, 1200).kind());
    }

    @Test
    void aNumberedBatchThatLandedWithoutAPlaceWentWhereTheReturnsGo() {
        DocumentAnnotations a = extract("Kenya has repatriated 400 citizens from Lebanon, the ministry said. The"
                + " second batch of 211 landed on Friday night, and a group of 90 refugees arrived on Saturday.",
                "2024-10-08");

        assertEquals(List.of(400, 211), values(a));
        assertEquals(List.of("country/KE"), counting(a, 211).destinations());
    }

    @Test
    void aGroupExpectedOnAWeekdayIsExpectedOnTheOneAfterPublication() {
        DocumentAnnotations a = extract("Kenya has repatriated 400 citizens from Lebanon, the ministry said on"
                + " Tuesday. Another 45 are expected to arrive on Monday.", "2024-10-09");

        assertEquals(StatisticKind.EXPECTED_TO_RETURN, counting(a, 45).kind());
        assertEquals(new Period("2024-10-14", "2024-10-14"), counting(a, 45).period());
    }

    @Test
    void aNumberPutAtByAnotherSourceRestatesTheFigureJustGiven() {
        DocumentAnnotations a = extract("The ministry said 1,900 migrants had been deported to Mali since January."
                + " The border police put the number at 1,650, and a charity said the real number could be closer"
                + " to 2,300.", "2024-05-08");

        assertEquals(List.of(1900, 1650, 2300), values(a));
        assertEquals(StatisticKind.RETURNED, counting(a, 1650).kind());
        assertEquals(Qualifier.APPROXIMATELY, counting(a, 2300).qualifier());
    }

    @Test
    void aNumberPutAtAfterACountOfOtherPeopleRestatesThatCount() {
        DocumentAnnotations a = extract("About 3,000 workers were flown home from Beirut last week, the ministry said."
                + " There are about 7,500 of its citizens in Lebanon, although unofficial estimates put the number at"
                + " more than 10,000.", "2024-05-08");

        assertEquals(List.of(3000), values(a));
    }

    @Test
    void aFacilityACountryAdjectivePlacesIsWhereThePeopleCameFrom() {
        ReturnStatistic s = only(extract("Bosnia brought back 22 citizens from Syrian camps on Friday.", "2023-02-12"));

        assertEquals(List.of("country/SY"), s.origins());
    }

    @Test
    void aMinistryUnderItsGovernmentsLetterheadIssuesTheStatement() {
        String text = "GOVERNMENT OF GEORGIA\nMINISTRY OF INTERNAL AFFAIRS\n\nPress release\n\n12 March 2022\n\n"
                + "A group of 19 citizens was returned to the country from camps in Syria on the night of 11 March.\n";
        DocumentAnnotations a = extractAsWritten(text, "2022-03-12");

        assertTrue(speakerLabel(a).toLowerCase(java.util.Locale.ROOT).contains("internal affairs"), speakerLabel(a));
    }

    @Test
    void aLetterheadOfSeveralShortLinesIssuesTheReleaseItNamesBelowThem() {
        String release = "Families return from Syria\n\nREPUBLIC OF GEORGIA\nMINISTRY OF INTERNAL AFFAIRS\n"
                + "Office of the Minister\nTbilisi\nPRESS RELEASE\n\nA group of 19 citizens was returned to the country"
                + " from camps in Syria on the night of 11 March.\n";
        String figures = "Returns update\nAugust 2023\n\nKEY FIGURES\n19 citizens returned to Georgia from camps in"
                + " Syria in August (Border Police)\n\nThe families will receive support after their arrival.\n";

        assertTrue(String.valueOf(speakerLabel(extractAsWritten(release, "2022-03-12")))
                .toLowerCase(java.util.Locale.ROOT).contains("internal affairs"));
        assertNull(only(extractAsWritten(figures, "2022-03-12")).statedBy());
    }

    @Test
    void aShortSentenceUnderTheHeadlineIsNoLetterheadThatCouldNameAnIssuer() {
        String report = "Returns rise\n\nSome 1,200 refugees returned from Turkey last week, according to figures seen"
                + " by reporters.\n\nThe Interior Ministry expects more.\n\nOfficials gave the figure in a statement.\n";

        assertNull(only(extractAsWritten(report, "2022-03-12")).statedBy());
    }

    @Test
    void aLetterheadWithItsPressOfficeIssuesTheFiguresOfItsStatement() {
        String text = "MINISTRY OF FOREIGN AFFAIRS\nPress Service\n\n12 March 2022\n\n"
                + "A group of 19 citizens was returned to the country from camps in Syria on the night of 11 March.\n";
        DocumentAnnotations a = extractAsWritten(text, "2022-03-12");

        ReturnStatistic s = only(a);
        Entity speaker = a.entities().stream().filter(e -> e.key().equals(s.statedBy())).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANISATION, speaker.type());
        assertTrue(speaker.label().toLowerCase(java.util.Locale.ROOT).contains("foreign affairs"), speaker::label);
    }

    @Test
    void aNameNoRuleReadsIsAPersonWhenTheNameModelSaysSoAndItDoesNotStandWhereAPlaceDoes() {
        DocumentAnnotations a = extract("I spoke to Amina Rahimova, who had waited two years in Kara Dere for the"
                + " bus home. Some 40 families returned from Kara Dere on Monday.", "2024-03-12");

        Set<String> persons = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::label)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Amina Rahimova"), persons);
    }

    @Test
    void aFlightCarriesEveryGroupJoinedByAnd() {
        DocumentAnnotations a = extract("A group of four women and eleven children landed at Tirana International"
                + " Airport on a government aircraft late on Tuesday.", "2025-03-05");

        assertEquals(List.of(15), passengers(a));
    }

    @Test
    void aFlightKeepsTheAircraftTypeTheTextNames() {
        DocumentAnnotations a = extract("Russia brought home 92 children from Iraq on Sunday. An Ilyushin Il-76"
                + " aircraft of the Emergencies Ministry carrying the children landed at Moscow's Chkalovsky airfield.",
                "2021-02-15");

        assertEquals(List.of("Ilyushin Il-76"), a.flights().stream().map(f -> f.aircraft()).toList());
    }

    @Test
    void anAircraftNamedByItsMakerIsASingleFlight() {
        DocumentAnnotations a = extract("A second group of 120 Nepali workers returned home from Israel on Tuesday"
                + " aboard a chartered Airbus A330 that landed in Kathmandu.", "2023-10-18");

        assertEquals(1, a.flights().size(), () -> "flights " + a.flights());
        assertEquals("Airbus A330", a.flights().get(0).aircraft());
        assertEquals(0, new BigDecimal("120").compareTo(a.flights().get(0).passengerCount()));
    }

    @Test
    void theNumberAnAircraftOrAirlineCarriedIsWhoWasOnBoardThoughNoReturnIsCounted() {
        DocumentAnnotations carrier = extract("Sahel Aviation flew 164 passengers from Cairo to Khartoum on Wednesday.",
                "2024-05-09");
        DocumentAnnotations bare = extract("An hour later, an Acme Air charter from Tripoli carrying 54 landed in"
                + " Bamako.", "2024-05-09");
        DocumentAnnotations hours = extract("The Acme Air jet flew 11 hours from Tripoli to Bamako.", "2024-05-09");

        assertEquals(List.of(164), passengers(carrier));
        assertEquals("place/khartoum", carrier.flights().get(0).arrivalPlace());
        assertEquals(List.of(54), passengers(bare));
        assertTrue(hours.flights().isEmpty(), () -> "flights " + hours.flights());
    }

    @Test
    void aPartThatTellsItsOwnJourneyStaysAPartOfTheTotalLeadingItsSentence() {
        DocumentAnnotations a = extract("Eleven flights landed in Baghdad and Basra by Thursday night with 1,020"
                + " Iraqis evacuated from Lebanon, the ministry said. Of those, 800 flew to Baghdad International"
                + " Airport and 220 to Basra.", "2024-10-04");

        String total = counting(a, 1020).id();
        assertEquals(total, counting(a, 800).partOf());
        assertEquals(total, counting(a, 220).partOf());
    }

    @Test
    void peopleWhoLandInTheirOwnCapitalReturnedAfterADatelineInAccentedCapitals() {
        DocumentAnnotations a = extract("MALÉ, Feb 6 (Wire) - Four Maldivian women and nine children who had spent"
                + " years in camps in Syria landed in Malé on Tuesday night, the government said.", "2025-02-06");

        assertEquals(List.of(4, 9), values(a));
        assertEquals(List.of("place/male", "country/MV"), counting(a, 9).destinations());
        assertEquals(StatisticKind.RETURNED, counting(a, 9).kind());
    }

    @Test
    void thePlaceAPlaneFlewPeopleOutOfIsNoLandingPlace() {
        ReturnStatistic s = counting(extract("South Korea flew 163 of its nationals out of Israel on a military"
                + " transport plane on Saturday.", "2023-10-16"), 163);

        assertEquals(List.of("country/IL"), s.origins());
        assertEquals(List.of("country/KR"), s.destinations());
    }

    @Test
    void thePartOfACountryAFacilityLiesInLeadsToTheOrigin() {
        ReturnStatistic s = counting(extract("Estonia has repatriated 14 children from a detention camp in north-east"
                + " Syria, the ministry said.", "2024-03-06"), 14);

        assertEquals(List.of("country/SY"), s.origins());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the group named again by its number
        "The 95 returnees comprised 25 men, 30 women and 40 children.",
        // the group named as a day's
        "Among Tuesday's returnees were 30 women and 40 children, the official said.",
        // an aside between "On board" and the copula
        "On board, according to the ministry, were 30 women and 40 children.",
        // a pronoun the subject of the cue
        "According to the ministry, they include 30 women and 40 children."})
    void theMakeUpOfTheGroupJustToldIsItsBreakdown(String makeUp) {
        DocumentAnnotations a = extract("Georgia repatriated 95 of its citizens from Iraq on Tuesday. " + makeUp,
                "2024-03-06");

        String total = counting(a, 95).id();
        assertEquals(total, counting(a, 30).partOf());
        assertEquals(total, counting(a, 40).partOf());
        assertEquals(List.of("country/IQ"), counting(a, 40).origins());
    }

    @Test
    void thePassengersOfAnAirliftsPlaneArePartOfItsFigureAndMadeItsJourney() {
        DocumentAnnotations a = extract("Poland has evacuated 412 of its citizens from Sudan since Sunday, the"
                + " foreign ministry said. A second chartered Airbus A320 from Jeddah, carrying 143, touched down in"
                + " Warsaw on Tuesday.", "2023-04-26");

        ReturnStatistic plane = counting(a, 143);
        assertEquals(StatisticKind.EVACUATED, plane.kind());
        assertEquals(List.of("country/SD"), plane.origins());
        assertEquals(List.of("country/PL"), plane.destinations());
        assertEquals(counting(a, 412).id(), plane.partOf());
        assertEquals(List.of(143), passengers(a));
    }

    @Test
    void aPlanesPassengersAreNoFigureWhereNoOneWasCountedGoingAnywhere() {
        DocumentAnnotations a = extract("A second chartered Airbus A320 from Jeddah, carrying 143, touched down in"
                + " Warsaw on Tuesday.", "2023-04-26");

        assertEquals(List.of(143), passengers(a));
        assertEquals(List.of(), values(a));
    }

    @Test
    void peopleWhoFlewAreOneFlightUnlessTooManyForOnePlane() {
        DocumentAnnotations flown = extract("Three women and nine children were flown home from Erbil to Tirana on"
                + " Friday.", "2024-05-11");
        DocumentAnnotations many = extract("Over 1,200 detainees were flown home from Aden over four days.",
                "2024-05-11");

        assertEquals(List.of(12), passengers(flown));
        assertTrue(many.flights().isEmpty(), () -> "flights " + many.flights());
    }

    @Test
    void peopleWhoLandedWentByAir() {
        DocumentAnnotations a = extract("France repatriated 43 women and children from Syria on Monday. The 43"
                + " returnees landed at an airbase outside Paris early on Tuesday.", "2024-05-11");

        assertEquals(List.of(43), passengers(a));
    }

    @Test
    void aFlightToldAgainIsOneFlightWhereTheReportNotItsHeadlineTellsIt() {
        DocumentAnnotations a = extract("Plane brings 94 workers home from Beirut\n\nA chartered plane carrying 94"
                + " Kenyan workers from Beirut landed in Nairobi on Saturday. The plane carried 89 adults and five"
                + " infants.", "2024-10-13");

        assertEquals(1, a.flights().size(), () -> "flights " + a.flights());
        assertTrue(a.flights().get(0).evidence().quote().startsWith("A chartered plane"),
                () -> "flights " + a.flights());
    }

    @Test
    void countedFlightsCarryThePeopleTheirSentenceCountsOnThem() {
        DocumentAnnotations before = extract("Another 230 Ruritanian workers returned from Xland on Friday on two"
                + " charter flights.", "2024-05-11");
        DocumentAnnotations after = extract("Four charter flights organised by the agency carried 610 migrants from"
                + " Tripoli to Niamey.", "2024-05-11");
        DocumentAnnotations year = extract("Returns have resumed since 2019 on five charter flights.", "2024-05-11");

        assertEquals(List.of(230), passengers(before));
        assertEquals(List.of(610), passengers(after));
        assertEquals(1, year.flights().size(), () -> "flights " + year.flights());
        assertEquals(null, year.flights().get(0).passengerCount());
    }

    @Test
    void peopleBroughtToTheirOwnCountryReturnedAndPeopleBroughtElsewhereAreNoFigure() {
        ReturnStatistic s = only(extract("A chartered Airbus brought 212 Peruvian citizens to Lima on Saturday.",
                "2024-05-13"));
        DocumentAnnotations elsewhere = extract("Buses took 40 Peruvian children to a school in Amman on Saturday.",
                "2024-05-13");

        assertEquals(0, new BigDecimal("212").compareTo(s.value()));
        assertEquals(StatisticKind.RETURNED, s.kind());
        assertEquals(List.of("place/lima", "country/PE"), s.destinations());
        assertTrue(elsewhere.statistics().isEmpty(), () -> "statistics: " + elsewhere.statistics());
    }

    @Test
    void peopleTakenOutOfACountryWereEvacuated() {
        ReturnStatistic s = only(extract("The minister said 1,834 people had so far been taken out of Sudan by road.",
                "2023-04-30"));

        ReturnStatistic out = only(extract("The ministry said 1,095 Indians had been brought out of Sudan in six"
                + " batches.", "2023-04-27"));

        assertEquals(0, new BigDecimal("1834").compareTo(s.value()));
        assertEquals(StatisticKind.EVACUATED, s.kind());
        assertEquals(List.of("country/SD"), s.origins());
        assertEquals(StatisticKind.EVACUATED, out.kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // people who registered or asked to go home await their return; registered arrivals are no figure
        "A further 2,150 Burundian refugees in South Kivu had registered to come home, the agency said.|A further"
                + " 2,150 Burundian refugees in South Kivu had registered with the agency as new arrivals.|AWAITING_RETURN"
                + "|REFUGEES",
        // people who left somewhere to return returned; people who left to look for work did not
        "The ministry says 3,870 families have left camps in Duhok to return to Sinjar since the start of the year.|The"
                + " ministry says 3,870 families have left camps in Duhok to look for work in Erbil since the start of"
                + " the year.|RETURNED|FAMILIES"})
    void whatPeopleDidToGoHomeGivesTheirStatusAndWhatTheyDidOtherwiseNoFigure(String text, String nearMiss,
            StatisticKind kind, Population population) {
        ReturnStatistic s = only(extract(text, "2024-09-02"));
        DocumentAnnotations otherwise = extract(nearMiss, "2024-09-02");

        assertEquals(kind, s.kind());
        assertEquals(population, s.population());
        assertTrue(otherwise.statistics().isEmpty(), () -> "statistics: " + otherwise.statistics());
    }

    @Test
    void peopleWhoRegisteredForAReturnAwaitItAndPeopleTheAuthoritiesListedAreIdentifiedForIt() {
        ReturnStatistic registered = only(extract("An official said 1,146 Sri Lankans had registered with the embassy"
                + " in Beirut seeking to return.", "2024-10-12"));
        ReturnStatistic listed = only(extract("An official said 1,146 Sri Lankans had been listed by the embassy in"
                + " Beirut seeking to return.", "2024-10-12"));

        assertEquals(StatisticKind.AWAITING_RETURN, registered.kind());
        assertEquals(StatisticKind.IDENTIFIED_FOR_RETURN, listed.kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a number a group noun gathers takes the group's flight home
        "An Indian Air Force C-17 carrying 246 people evacuated from Sudan landed in Mumbai on Thursday, a day after"
                + " the first group of 360 flew into New Delhi.|2023-04-27|360|country/IN",
        // the next flight told by its ordinal carries the same people
        "The first air force flight arrived in Bogota last Thursday with 110 Colombians, and a second one, with 120,"
                + " on Saturday.|2023-10-16|120|country/CO"})
    void aGroupOrTheNextFlightThatFlewIntoItsOwnCountryReturned(String text, String published, int value,
            String country) {
        ReturnStatistic s = counting(extract(text, published), value);

        assertEquals(StatisticKind.RETURNED, s.kind());
        assertTrue(s.destinations().contains(country), () -> "destinations: " + s.destinations());
    }

    @Test
    void aFlightToldInTwoSentencesInARowHasBothAsItsEvidence() {
        DocumentAnnotations a = extract("A plane carrying 163 Guinean migrants landed in Conakry late on Tuesday. The"
                + " aircraft, chartered from Sky Mali, had taken off from Niamey in the afternoon.", "2025-11-12");

        assertEquals(1, a.flights().size(), () -> "flights: " + a.flights());
        assertTrue(a.flights().get(0).evidence().quote().endsWith("from Niamey in the afternoon."),
                () -> "evidence: " + a.flights().get(0).evidence());
        assertTrue(a.flights().get(0).evidence().quote().startsWith("A plane carrying 163"),
                () -> "evidence: " + a.flights().get(0).evidence());
    }

    @Test
    void theCountryOfTheOfficeOnTheLetterheadIsWhereReturnsGoingElsewhereLeave() {
        ReturnStatistic s = only(extract("UNHCR ETHIOPIA\nFLASH UPDATE #2\n\nKEY FIGURES\n\n1,112 refugees returned to South"
                + " Sudan in the second convoy from the Gambella camps.", "2024-02-14"));

        assertEquals(List.of("country/ET"), s.origins());
        assertEquals(List.of("country/SS"), s.destinations());
    }


    @Test
    void theUnAgencyStandsForTheAgencyNamedBeforeNotForTheUnitedNations() {
        ReturnStatistic s = only(extract("Two charter flights organised by the International Organization for Migration"
                + " carried 287 migrants from Tunisia to Guinea this week, the UN agency said.", "2023-08-05"));

        assertEquals("organisation/international-organization-for-migration", s.statedBy());
    }

    @Test
    void aPresidencyIsAnOrganisationThatSpeaksForItsFigures() {
        DocumentAnnotations a = extract("Turkey's Presidency of Migration Management published its weekly figures on"
                + " Friday. The presidency said a total of 19,852 Afghans had been returned to their country since"
                + " January.", "2023-06-16");

        assertEquals("organisation/tr-presidency-of-migration-management", only(a).statedBy());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the initials before a name are part of it
        "W. M. Nirmala Perera, 44, a mother of three from Kandy, said she had not been paid for eleven months."
                + "|PERSON|W. M. Nirmala Perera",
        // an office or ministry "of the" body it serves is one name
        "The Office of the President of Ruritania said 17 children had been brought back to the country on Tuesday."
                + "|ORGANISATION|Office of the President of Ruritania"})
    void aNameIsFoundWhole(String text, EntityType type, String label) {
        DocumentAnnotations a = extract(text, "2025-10-22");

        assertTrue(a.entities().stream().anyMatch(e -> e.type() == type && e.label().equals(label)),
                () -> "entities: " + a.entities());
    }

    @Test
    void aFlightCarriesTheGroupsJoinedToItsReturneesThoughTheyReturnedNowhere() {
        DocumentAnnotations a = extract("A Polish government Airbus A319 took 23 Polish citizens and seven citizens of"
                + " Lithuania from Yerevan to Warsaw on Monday, according to the foreign ministry of Poland.",
                "2025-06-20");

        assertEquals(1, a.flights().size(), () -> "flights: " + a.flights());
        assertEquals(0, new BigDecimal("30").compareTo(a.flights().get(0).passengerCount()));
    }

    @Test
    void thosePartOfAGroupWhoRegisteredToBeEvacuatedAwaitIt() {
        DocumentAnnotations a = extract("About 300 Thai citizens were living in Gaza as of Monday, of whom 64 had"
                + " registered with the embassy to be evacuated.", "2023-10-20");

        ReturnStatistic s = counting(a, 64);
        assertEquals(StatisticKind.AWAITING_RETURN, s.kind());
    }

    @Test
    void aRunningTotalQuotedAfterPuttingTheNumberOfReturneesAtIsRead() {
        ReturnStatistic s = only(extract("The provincial government has put the number of returnees at \"over 11,000\""
                + " since April, while aid groups say the figure is lower.", "2024-06-20"));

        assertEquals(0, new BigDecimal("11000").compareTo(s.value()));
        assertEquals(Qualifier.MORE_THAN, s.qualifier());
    }


    @Test
    void theDayOfADatelineBeforeADashIsNoCountOfThePeopleAfterIt() {
        ReturnStatistic s = only(extract("BAMAKO, Feb. 3 - Forty Malians stranded in Libya were flown home on Monday.",
                "2025-02-03"));

        assertEquals(40, s.value().intValue());
    }

    @Test
    void aTranscriptsTurnIsInTheVoiceOfThePersonItsLabelNames() {
        DocumentAnnotations a = extract("PRESENTER: For more, we are joined by Maria Lund of the UN migration agency."
                + "\n\nLUND: Since January, about 4,300 Chadians have returned from Libya, most of them by road.",
                "2024-05-02");

        ReturnStatistic s = only(a);
        Entity speaker = a.entities().stream().filter(e -> e.key().equals(s.statedBy())).findFirst().orElseThrow();
        assertEquals("Maria Lund", speaker.label());
    }

    @Test
    void theRestExpectedToBeBroughtOutAreExpectedToReturn() {
        DocumentAnnotations a = extract("Two planes brought 180 Jordanians home from Sudan on Monday, the ministry said."
                + " The remaining 105, many of whom live in towns far from the capital, are expected to be brought out"
                + " in the coming days, he said.", "2023-04-25");

        assertEquals(StatisticKind.EXPECTED_TO_RETURN, counting(a, 105).kind());
    }

    @Test
    void aGroupBrokenDownBetweenDashesIsTheGroupJustGiven() {
        DocumentAnnotations a = extract("Twenty-three Kenyans evacuated from Lebanon arrived in Nairobi on Friday."
                + " The evacuees – 14 women, six men and three children – left Beirut on a chartered flight.",
                "2024-10-12");

        ReturnStatistic total = counting(a, 23);
        assertEquals(List.of(total.id(), total.id(), total.id()),
                List.of(counting(a, 14).partOf(), counting(a, 6).partOf(), counting(a, 3).partOf()));
    }

    @Test
    void aSentenceLedByTheFigureJustGivenCountsItsParts() {
        DocumentAnnotations a = extract("A ship carried 210 Eritreans home from Libya on Monday, the ministry said."
                + " Of the 210, 130 were taken to a reception centre in Massawa, while the remaining 80 went straight"
                + " to their villages.", "2024-06-20");

        ReturnStatistic total = counting(a, 210);
        assertEquals(total.id(), counting(a, 130).partOf());
        assertEquals(total.id(), counting(a, 80).partOf());
    }

    @Test
    void aSentenceLedByAnotherFigureCountsNoPartsOfTheTotal() {
        DocumentAnnotations a = extract("A ship carried 210 Eritreans home from Libya on Monday, the ministry said."
                + " Of the 400 places on board, 190 were left empty.", "2024-06-20");

        assertEquals(List.of(210), values(a));
    }

    @Test
    void aRunningTotalCountsPeopleNamedByTheirNationalityAlone() {
        ReturnStatistic s = only(extract("The convoy brings to 2,310 the number of Sudanese brought back from Libya"
                + " this year, the consulate said.", "2024-06-20"));

        assertEquals(2310, s.value().intValue());
        assertEquals(List.of("country/SD"), s.destinations());
    }

    @Test
    void aRunningTotalOfPeopleNotNamedIsNoFlightsPassengerCount() {
        DocumentAnnotations a = extract("That brings to 412 the number evacuated by Norway from Yemen this month,"
                + " after 130 were flown out on Friday on the first flight.", "2024-06-20");

        assertEquals(StatisticKind.EVACUATED, counting(a, 412).kind());
        assertEquals(List.of(130), passengers(a));
    }

    @Test
    void peopleFlownHomeAreAFlightThoughAClauseStandsBetweenThemAndTheVerb() {
        DocumentAnnotations a = extract("In all, 71 children whose mothers are serving sentences in Iraq were flown home"
                + " from Baghdad, the ministry said.", "2024-03-01");

        assertEquals(1, a.flights().size(), () -> "flights: " + a.flights());
        assertEquals(0, new BigDecimal("71").compareTo(a.flights().get(0).passengerCount()));
    }

    @Test
    void aNumberThatClosesAListItemOpenedByItsDayCountsThosePeopleThatDay() {
        DocumentAnnotations a = extract("On Monday 412 people were evacuated from the town, on Tuesday 530 and on"
                + " Wednesday a record 688, the regional administration said.", "2024-08-23");

        assertEquals(List.of(412, 530, 688), values(a));
        assertEquals(new Period("2024-08-20", "2024-08-20"), counting(a, 530).period());
        assertEquals(StatisticKind.EVACUATED, counting(a, 688).kind());
    }

    @Test
    void sortiesAreFlights() {
        assertCountsFlights(extract("The air force flew 377 evacuees from Kabul to Islamabad overnight in three"
                + " sorties.", "2021-08-26"), 3);
    }

    @Test
    void flightsCountedWithTheNameOfWhoFliesOrChartersThemAreCounted() {
        DocumentAnnotations raf = extract("Some 301 Britons were evacuated from Khartoum on three RAF flights to Larnaca"
                + " in Cyprus.", "2023-04-26");
        DocumentAnnotations iom = extract("In the past week 1,150 returnees were flown from Renk to Juba on nine"
                + " IOM-chartered flights.", "2024-03-11");

        assertCountsFlights(raf, 3);
        assertCountsFlights(iom, 9);
    }

    @Test
    void flightsCountedAsMoreExtraOrRescueFlightsAreCounted() {
        DocumentAnnotations more = extract("The ministry said 520 citizens would be flown home on four more flights"
                + " this week.", "2024-03-11");
        DocumentAnnotations rescue = extract("The carrier has brought 2,100 nationals back on 12 rescue flights since"
                + " Saturday.", "2024-03-11");

        assertCountsFlights(more, 4);
        assertCountsFlights(rescue, 12);
    }

    @Test
    void chartersCountFlights() {
        DocumentAnnotations a = extract("With Thursday's flight, five charters have brought 754 Bangladeshis home from"
                + " Libya since the floods, the agency said.", "2023-10-06");

        assertCountsFlights(a, 5);
    }


    @Test
    void theBodyAloneOnTheFirstLineIssuesThePageAndStatesItsFigures() {
        DocumentAnnotations a = extract("Office of the President of Moldova\n\nMoldova brings home 12 more children"
                + "\n\n3 March 2025 - 10:00\n\nAnother twelve Moldovan children have been brought back to Moldova from"
                + " abroad.", "2025-03-03");

        assertTrue(a.statistics().stream().allMatch(s -> s.statedBy() != null
                && s.statedBy().contains("office-of-the-president")), () -> "statistics: " + a.statistics());
    }

    @Test
    void foreignersAndFishermenAreCountedAndPeopleRemovedWereSentBack() {
        DocumentAnnotations expelled = extract("Ruritania expelled 120 foreigners to Xland on Monday.", "2025-03-04");
        DocumentAnnotations sentHome = extract("Xland has sent home 35 Ruritanian fishermen since January.",
                "2025-03-04");
        DocumentAnnotations removed = extract("So far this year 240 people have been removed from Ruritania.",
                "2025-03-04");

        assertEquals(List.of(120), values(expelled));
        assertEquals(List.of(35), values(sentHome));
        assertEquals(StatisticKind.RETURNED, only(removed).kind());
    }

    @Test
    void peopleDeportedOrExpelledWereSentBackWhereverTheSentenceCountsThem() {
        DocumentAnnotations deported = extract("Officials counted 2,400 Hondurans deported from Mexico in March.",
                "2025-04-02");
        DocumentAnnotations total = extract("The flight brings to 640 the number of foreigners expelled by air since"
                + " January.", "2025-04-02");

        assertEquals(StatisticKind.RETURNED, only(deported).kind());
        assertEquals(StatisticKind.RETURNED, only(total).kind());
    }

    @Test
    void peopleWhoLeftACountryNotTheirOwnWentHomeButNotThoseWhoLeftTheirOwn() {
        ReturnStatistic abroad = only(extract("About 1,800 Syrians left Lebanon on Sunday.", "2025-03-04"));
        DocumentAnnotations own = extract("Some 2,000 Lebanese left Beirut on Sunday.", "2025-03-04");

        assertEquals(StatisticKind.RETURNED, abroad.kind());
        assertEquals(List.of("country/LB"), abroad.origins());
        assertEquals("country/SY", abroad.nationality());
        assertEquals(List.of(), values(own));
    }

    @Test
    void aStateThatSendsPeopleOfAnotherCountryBackSendsThemHomeFromItsOwn() {
        ReturnStatistic s = only(extract("Malaysia deported 312 Indonesian workers on Tuesday.", "2025-03-04"));

        assertEquals(List.of("country/MY"), s.origins());
        assertEquals(List.of("country/ID"), s.destinations());
    }

    @Test
    void deporteesReceivedOrArrivedWereSentBack() {
        ReturnStatistic received = only(extract("Officials at the port received 860 deportees on Monday.", "2025-03-04"));

        assertEquals(StatisticKind.RETURNED, received.kind());
    }

    @Test
    void aPartMadeTheJourneyOfItsTotalWhenTheDocumentTellsItOnlyLater() {
        DocumentAnnotations a = extract("Some 437 Ethiopians were handed over on Monday: 402 men and 35 boys. Another 200"
                + " Ethiopians were flown from Kenya to Ethiopia on Tuesday. A further 150 Ethiopians were flown from Kenya"
                + " to Ethiopia on Wednesday.", "2025-03-06");

        ReturnStatistic men = counting(a, 402);
        assertEquals(List.of("country/KE"), men.origins());
        assertEquals(List.of("country/ET"), men.destinations());
    }

    @Test
    void migrantsWhoseSentenceNamesNoOriginLeftTheCountryTheDocumentsReturnsLeave() {
        DocumentAnnotations a = extract("Another 163 migrants were flown home on Tuesday. Last week 150 Gambians were"
                + " flown from Libya to Banjul. In May, 120 Gambians were flown from Libya to Banjul.", "2025-03-06");

        assertEquals(List.of("country/LY"), counting(a, 163).origins());
    }

    @Test
    void aHeadlineInThePresentTenseCountsItsFigure() {
        DocumentAnnotations a = extract("Kenya flies home 180 nationals trapped in Lebanon's Bekaa valley\n\nThe flight"
                + " landed in Nairobi on Friday.", "2025-03-07");

        assertEquals(StatisticKind.RETURNED, counting(a, 180).kind());
    }

    @Test
    void foreignNationalsAndCitizensOfOtherCountriesArePeopleOfNoOneCountry() {
        ReturnStatistic foreign = only(extract("Kenya evacuated 94 foreign nationals from Lebanon on Monday.",
                "2025-03-04"));

        assertEquals(Population.PEOPLE, foreign.population());
        assertNull(foreign.nationality());
    }

    @Test
    void aPrepositionOrAJobBeforeANameIsNoPartOfIt() {
        DocumentAnnotations a = extract("For Mariam Okafor, 41, a nurse from Kano, the flight ended two years of"
                + " waiting. Manager Tunde Bello told reporters that 90 citizens had returned.", "2024-03-12");

        Set<String> persons = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::label)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Mariam Okafor", "Tunde Bello"), persons);
    }
}
