package org.homeward.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homeward.extract.RuleBasedExtractor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationOperationTest {

    private static final String TEXT = "Officials said 40 children were flown home from Syria to Chad on Tuesday.\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key|{\"statistics\": [], \"speakers\": []}|HW-E040",
        "unknown key of a statistic|{\"statistics\": [{\"quote\": \"40 children\", \"value\": 40, \"route\": \"SY\"}]}|HW-E040",
        "unknown kind|{\"statistics\": [{\"quote\": \"40 children\", \"value\": 40, \"kind\": \"went-home\"}]}|HW-E040",
        "unknown population|{\"statistics\": [{\"quote\": \"40 children\", \"value\": 40, \"population\": \"kids\"}]}|HW-E040",
        "quote not in the text|{\"statistics\": [{\"quote\": \"41 children\", \"value\": 41}]}|HW-E042",
        "country name for a code|{\"countries\": [\"Syria\"]}|HW-E042",
        "date in another form|{\"flights\": [{\"quote\": \"flown home\", \"date\": \"Tuesday\"}]}|HW-E042",
    })
    void aGoldFileTheFormatDoesNotDefineIsAnErrorNamingTheFile(String what, String json, String id) throws IOException {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Files.writeString(dir.resolve("a.gold.json"), json);
        EvaluationResult result = new EvaluationOperation(new RuleBasedExtractor()).run(new EvaluationSet(dir, null));
        assertEquals(0, result.documents());
        assertEquals(1, result.problems().size(), () -> result.problems().toString());
        assertTrue(result.problems().get(0).startsWith(id + " " + dir.resolve("a.gold.json")), result.problems()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a name|{\"organisations\": [\"UNHCR\"]}",
        "a name and its alias|{\"organisations\": [[\"International Organization for Migration\", \"IOM\"]]}",
        "a flight period|{\"flights\": [{\"quote\": \"flown home\", \"date\": \"2024-01/2024-03-05\", \"carrier\": null}]}",
    })
    void everyFormTheFormatDefinesIsRead(String what, String json) throws IOException {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Files.writeString(dir.resolve("a.gold.json"), json);
        EvaluationResult result = new EvaluationOperation(new RuleBasedExtractor()).run(new EvaluationSet(dir, null));
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.documents());
    }
}
