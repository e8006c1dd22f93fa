package org.homeward.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.homeward.extract.RuleBasedExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A regression guard on extraction quality: each evaluation set must keep the precision and recall recorded in
 * {@code quality-floors.csv}, the figures the extractor reached when they were last raised. The floors are a
 * ratchet ({@code homeward eval --raise-floors}), not targets to tune to.
 */
class ExtractionQualityTest {

    private static final Path FLOORS = Path.of("src/test/resources/eval/quality-floors.csv");
    private static final Map<String, EvaluationResult> RESULTS = new ConcurrentHashMap<>();

    @BeforeAll
    static void evaluate() {
        EvaluationOperation operation = new EvaluationOperation(new RuleBasedExtractor());
        // The extractor is shared across threads (as build does), so the sets are scored on every core.
        sets().parallelStream().forEach(set -> {
            EvaluationResult result = score(operation, set);
            assertTrue(result.problems().isEmpty(), () -> set + ": " + result.problems());
            RESULTS.put(set, result);
        });
    }

    private static EvaluationResult score(EvaluationOperation operation, String set) {
        try {
            return operation.run(new EvaluationSet(Path.of("eval", set), Path.of("seeds")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<QualityFloors.Floor> floors() {
        return QualityFloors.read(FLOORS).all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floors")
    void qualityHoldsItsFloor(QualityFloors.Floor floor) {
        Score score = RESULTS.get(floor.set()).score(floor.metric());
        assertTrue(floor.keptBy(score), () -> floor + ": precision " + score.precision() + ", recall " + score.recall());
    }

    @Test
    void everyMetricOfEverySetHasAFloor() {
        for (String set : sets()) {
            Set<Metric> guarded = floors().stream().filter(f -> f.set().equals(set)).map(QualityFloors.Floor::metric)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Metric.class)));
            assertEquals(EnumSet.allOf(Metric.class), guarded, set);
        }
    }

    /** Every evaluation set under {@code eval/}: a set without floors fails the test above. */
    private static Set<String> sets() {
        try (Stream<Path> dirs = Files.list(Path.of("eval"))) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
