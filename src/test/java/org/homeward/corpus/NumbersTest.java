package org.homeward.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Numbers and word counts as news copy has them. */
class NumbersTest {

    private final Dice dice = Dice.of(5, 5);

    @Test
    void thousandsHaveSeparators() {
        assertEquals("1,250", Numbers.bare(1250, dice));
    }

    @Test
    void millionsAreWrittenWithOneDecimalOrInFull() {
        Set<String> forms = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            forms.add(Numbers.bare(1_200_000, dice));
        }

        assertEquals(Set.of("1.2 million", "1,200,000"), forms);
    }

    @Test
    void smallNumbersAreSometimesWords() {
        Set<String> forms = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            forms.add(Numbers.bare(7, dice));
        }

        assertEquals(Set.of("seven", "7"), forms);
    }

    @Test
    void aHedgedNumberIsRound() {
        for (int i = 0; i < 50; i++) {
            String phrase = Numbers.qualified(1287, dice);
            assertTrue(phrase.equals("1,287") || phrase.matches("[a-z ]+ 1,300"), phrase);
        }
    }

    @Test
    void wordsAreRunsWithALetterOrDigitAndADashIsNone() {
        assertEquals(5, Words.count("ALMATY, March 3 (Reuters) - Kazakhstan"));
        assertEquals(0, Words.count("  \n\n "));
    }
}
