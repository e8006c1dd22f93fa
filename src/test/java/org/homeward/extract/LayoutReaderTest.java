package org.homeward.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutReaderTest {

    private static Layout read(String text) {
        return LayoutReader.read(text, Lexicons.standard().reportGenres);
    }

    private static List<String> writers(Layout layout) {
        return layout.credits().stream().flatMap(c -> c.writers().stream()).map(Layout.Found::value).toList();
    }

    @Test
    void aDatelineNamesThePlaceAndTheAgency() {
        Layout layout = read("ALMATY, Feb 8 (Reuters) - Kazakhstan brought home 100 citizens.");

        assertEquals("ALMATY", layout.dateline().place());
        assertEquals("Reuters", layout.dateline().agency().value());
    }

    @Test
    void aDatelinesPlaceMayHaveAccentedCapitals() {
        Layout wire = read("BOGOTÁ, March 3 (Reuters) - Colombia brought home 110 citizens.");
        Layout plain = read("Headline\n\nMALÉ: Four women and nine children landed on Tuesday night.");

        assertEquals("BOGOTÁ", wire.dateline().place());
        assertEquals("MALÉ", plain.dateline().place());
    }

    @Test
    void aPlaceInCapitalsOpeningALineOfProseIsADatelineWithoutAnAgency() {
        Layout plain = read("Headline\n\nQUETTA: More than 3,000 Afghans crossed back on Monday.");
        Layout heading = read("FLASH UPDATE: RETURNS FROM THE NORTH\n\nSome 300 people returned.");

        assertEquals("QUETTA", plain.dateline().place());
        assertNull(plain.dateline().agency());
        assertNull(heading.dateline());
    }

    @Test
    void wireBylinesCreditReportersAndEditors() {
        Layout layout = read("Forty families returned on Monday.\n"
                + "(Reporting by Jane Doe in Amsterdam and John Roe in Brussels; Editing by Ann Smith)");

        assertEquals(List.of("Jane Doe", "John Roe", "Ann Smith"), writers(layout));
        assertEquals("editor", layout.credits().get(1).role());
    }

    @Test
    void anAuthorLineUnderTheHeadlineCreditsItsWriters() {
        Layout layout = read("Refugees go home as camps close\n\nMaria Lopez at Torkham and Omar Aziz in"
                + " Kabul\nThu 9 Nov 2023 05.00 GMT\n\nThe tents stood empty.");

        assertEquals(List.of("Maria Lopez", "Omar Aziz"), writers(layout));
    }

    @Test
    void aPublishedLineIsNoAuthor() {
        assertTrue(writers(read("Headline\n\nPublished On 15 Jan 2025\n\nText.")).isEmpty());
    }

    @Test
    void aLineNamingTheKindOfDocumentOverADateIsNoAuthor() {
        assertTrue(writers(read("Ministry of Foreign Affairs\n\nPress Release\nOctober 22, 2023\n\nText.")).isEmpty());
    }

    @Test
    void anAppealToReadersRunsToTheEndAndItsBylineCreditsNobody() {
        String text = "Officials said 40 families returned home from the camps on Monday, and more were expected to"
                + " follow in the coming weeks as the roads reopened.\nDear readers,\nBy supporting The Daily Planet,"
                + " you keep us independent.\nDonate";
        Layout layout = read(text);

        assertEquals(1, layout.excluded().size());
        assertEquals(text.indexOf("Dear readers"), layout.excluded().get(0).span().start());
        assertTrue(writers(layout).isEmpty());
    }

    @Test
    void aRelatedListIsFurnitureUpToTheFirstSentence() {
        String text = "Forty families returned.\nRelated:\nTen more families go home\nCamps empty\nThe minister spoke.";
        Layout layout = read(text);

        assertEquals("Related:\nTen more families go home\nCamps empty", layout.excluded().get(0).span().quote());
        assertNull(layout.publishedLine());
    }
}
