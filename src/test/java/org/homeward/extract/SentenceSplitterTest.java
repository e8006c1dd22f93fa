package org.homeward.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        String text = "Dr. Smith joined Acme Corp. in 2021. She met U.S. officials on Feb. 3 with J. Doe.";

        assertEquals(List.of("Dr. Smith joined Acme Corp. in 2021.", "She met U.S. officials on Feb. 3 with J. Doe."),
                sentences(text));
    }

    @Test
    void aTimeOfDayWithPointsIsOneWordThatMayEndASentence() {
        String text = "The plane landed at 11 p.m. with 86 people. It left at 6 a.m. Among them were 12 children.";

        List<Sentence> split = SentenceSplitter.split(text);

        assertEquals(List.of("The plane landed at 11 p.m. with 86 people.", "It left at 6 a.m.",
                "Among them were 12 children."), sentences(text));
        assertTrue(split.get(0).tokens().stream().anyMatch(t -> t.text().equals("p.m.")));
    }

    @Test
    void aDatelineWithAnAgencyIsASentenceOfItsOwn() {
        String text = "OSLO, March 3. /NTB/. Forty people returned on Monday. They were met by relatives.";

        assertEquals(List.of("OSLO, March 3. /NTB/.", "Forty people returned on Monday.", "They were met by relatives."),
                sentences(text));
    }

    @Test
    void aClosingQuoteStaysWithItsSentenceAndLinesSplitParagraphs() {
        String text = "\"We brought them home.\" The minister left.\nA new paragraph starts";

        List<Sentence> split = SentenceSplitter.split(text);

        assertEquals(List.of("\"We brought them home.\"", "The minister left.", "A new paragraph starts"),
                sentences(text));
        assertEquals(1, split.get(2).paragraph());
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  First one.  Second one!\n\nThird?";

        for (Sentence s : SentenceSplitter.split(text)) {
            assertEquals(s.tokens().get(0).start(), s.start());
            assertEquals(text.substring(s.start(), s.end()), s.text(text));
        }
    }
}
