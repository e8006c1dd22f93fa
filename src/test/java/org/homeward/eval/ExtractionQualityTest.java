package org.homeward.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.homeward.extract.RuleBasedExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * A regression guard on extraction quality: each evaluation set must score at least the precision and recall
 * recorded in {@code quality-floors.csv}, a little under the figures the extractor reached when they were
 * last raised. The floors are not targets to tune to; raise them when the extractor improves.
 */
class ExtractionQualityTest {

    private static final Map<String, EvaluationResult> RESULTS = new HashMap<>();

    @BeforeAll
    static void evaluate() throws IOException {
        EvaluationOperation operation = new EvaluationOperation(new RuleBasedExtractor());
        for (String set : new String[] {"seeds", "dev", "dev2", "dev3", "test"}) {
            EvaluationResult result = operation.run(new EvaluationSet(Path.of("eval", set), Path.of("seeds")));
            assertTrue(result.problems().isEmpty(), () -> set + ": " + result.problems());
            RESULTS.put(set, result);
        }
    }

    @ParameterizedTest(name = "{0} {1} precision >= {2}, recall >= {3}")
    @CsvFileSource(resources = "/eval/quality-floors.csv", numLinesToSkip = 1)
    void qualityHoldsItsFloor(String set, Metric metric, double precision, double recall) {
        Score score = RESULTS.get(set).score(metric);
        assertTrue(score.precision() >= precision, () -> set + " " + metric + " precision " + score.precision());
        assertTrue(score.recall() >= recall, () -> set + " " + metric + " recall " + score.recall());
    }
}
