package org.homeward.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.extract.Lexicons.ReturnClass;
import org.homeward.extract.Lexicons.SpeechClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lexicons load, answer by class, and refuse a line they cannot read, naming the file and line. */
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

    @Test
    void theShippedReturnWordsLoadWithTheirClasses() {
        Lexicons lexicons = Lexicons.standard();

        assertEquals(Set.of("returnees", "repatriates", "deportees"), lexicons.returnWords(ReturnClass.RETURNEE));
        assertTrue(lexicons.returnWords(ReturnClass.RETURNEE, ReturnClass.RETURNS).contains("returns"));
        assertTrue(lexicons.returnWords(ReturnClass.HOME).contains("homeland"));
        assertTrue(lexicons.returnWords(ReturnClass.AWAIT).contains("awaiting"));
        assertTrue(lexicons.returnWords(ReturnClass.DEPART).contains("departed"));
        assertTrue(lexicons.returnWords(ReturnClass.HARM).contains("drowned"));
        assertFalse(lexicons.returnWords(ReturnClass.HARM).contains("departed"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", quoteCharacter = '"', value = {
        "an unknown class :: home\thome;waiting\twait :: unknown class 'wait' of waiting",
        "two classes :: home\thome;left\tdepart|harm :: unknown class 'depart|harm' of left",
        "no class column :: home\thome;waiting :: expected a lower-case word, a tab and its class",
        "a form not in lower case :: home\thome;Waiting\tawait :: expected a lower-case word",
        "a form given twice :: home\thome;home\treturnee :: home is given a second time",
    })
    void aReturnWordLineTheFormatDoesNotAllowIsAnErrorNamingFileAndLine(String what, String body, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicons.parseReturnWords("test.tsv", lines("# form\tclass", body)));

        assertErrorAtLine3(e, "test.tsv", message);
    }

    @Test
    void theShippedPlaceNounsAndRoleModifiersLoad() {
        Lexicons lexicons = Lexicons.standard();

        assertTrue(lexicons.placeNouns.containsAll(Set.of("camp", "crossing", "governorate")));
        assertFalse(lexicons.placeNouns.contains("said"));
        assertEquals(Set.of("senior", "foreign", "interior", "defence", "defense"), lexicons.roleModifiers);
    }

    @Test
    void theShippedFlightAndAircraftNounsLoad() {
        Lexicons lexicons = Lexicons.standard();

        assertEquals(Set.of("flights", "flight", "airlifts", "airlift", "charters", "sorties", "sortie"),
                lexicons.flightNouns);
        assertTrue(lexicons.aircraftNouns.containsAll(Set.of("plane", "charter", "flight")));
        assertFalse(lexicons.aircraftNouns.contains("airlift"), "an airlift counts flights, it is no aircraft");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", quoteCharacter = '"', value = {
        "an entry not in lower case :: camp;Airport :: expected one lower-case entry, not: Airport",
        "an entry with a tab :: camp;airport\tport :: expected one lower-case entry",
        "an entry with a trailing space :: \"camp;airport \" :: expected one lower-case entry",
        "an entry given twice :: camp;camp :: camp is given a second time",
    })
    void aWordListLineTheFormatDoesNotAllowIsAnErrorNamingFileAndLine(String what, String body, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicons.parseWords("test.txt", lines("# nouns", body)));

        assertErrorAtLine3(e, "test.txt", message);
    }

    @Test
    void aWordListKeepsEachEntryWholeAndSkipsCommentsAndBlankLines() {
        assertEquals(Set.of("camp", "border crossing"),
                Lexicons.parseWords("test.txt", List.of("# nouns", "camp", "", "border crossing")));
    }

    private static List<String> lines(String header, String body) {
        List<String> lines = new ArrayList<>(List.of(header));
        for (String line : body.split(";")) {
            lines.add(line.replace("\\t", "\t"));
        }
        return lines;
    }

    private static void assertErrorAtLine3(IllegalArgumentException e, String file, String message) {
        assertTrue(e.getMessage().startsWith("HW-E100 lexicon " + file + " line 3: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
