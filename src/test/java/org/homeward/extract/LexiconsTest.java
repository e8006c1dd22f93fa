package org.homeward.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.extract.Lexicons.SpeechClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The speech verb lexicon loads, answers by class, and refuses a line it cannot read, naming the line. */
class LexiconsTest {

    private static final String HEADER = "# form\tclasses";

    @Test
    void theShippedSpeechVerbsLoadWithTheirClasses() {
        Lexicons lexicons = Lexicons.standard();

        assertTrue(lexicons.speechVerbs(SpeechClass.CLAUSE_END).contains("said"));
        assertTrue(lexicons.speechVerbs(SpeechClass.BY_CUE).contains("released"));
        assertTrue(lexicons.speechVerbs(SpeechClass.CUE, SpeechClass.BY_CUE).contains("released"));
        assertFalse(lexicons.speechVerbs(SpeechClass.CUE).contains("released"));
    }

    @Test
    void aFormHasEachOfItsClassesAndNoOther() {
        List<String> lines = List.of(HEADER, "", "said\tcue|speaker", "show\tdata-cue");

        Map<String, Set<SpeechClass>> forms = Lexicons.parseSpeechVerbs("test.tsv", lines);

        assertEquals(Map.of("said", Set.of(SpeechClass.CUE, SpeechClass.SPEAKER), "show", Set.of(SpeechClass.DATA_CUE)),
                forms);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", quoteCharacter = '"', value = {
        "an unknown class :: said\\tcue;told\\tcue,speaker :: unknown class 'cue,speaker' of told",
        "no classes column :: said\\tcue;told :: expected a lower-case form, a tab and its classes",
        "an empty class :: said\\tcue;told\\tcue| :: unknown class '' of told",
        "a form not in lower case :: said\\tcue;Told\\tcue :: expected a lower-case form",
        "a form given twice :: said\\tcue;said\\tspeaker :: said is given a second time",
        "two ways of finding the source :: said\\tcue;told\\tcue|by-cue :: more than one of the classes",
    })
    void aLineTheFormatDoesNotAllowIsAnErrorNamingFileAndLine(String what, String body, String message) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (String line : body.split(";")) {
            lines.add(line.replace("\\t", "\t"));
        }

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicons.parseSpeechVerbs("test.tsv", lines));

        assertTrue(e.getMessage().startsWith("HW-E100 lexicon test.tsv line 3: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
