package org.homeward.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityFloorsTest {

    private static final List<String> FILE = List.of("set,metric,precision,recall", "dev,STATISTICS,0.90,0.60");

    @Test
    void aFloorOnlyRises() {
        QualityFloors floors = QualityFloors.parse(FILE);
        QualityFloors raised = floors.raisedTo(List.of(result(new Score(8, 2, 2))));
        QualityFloors.Floor statistics = raised.all().get(0);
        assertEquals(new BigDecimal("0.90"), statistics.precision(), "0.80 does not lower 0.90");
        assertEquals(new BigDecimal("0.80"), statistics.recall(), "0.80 raises 0.60");
        assertEquals(Metric.values().length, raised.all().size(), "every metric of the set gets a floor");
    }

    @Test
    void aFigureFailsItsFloorOnlyBelowTheRounding() {
        QualityFloors.Floor floor = QualityFloors.parse(FILE).all().get(0);
        assertTrue(floor.keptBy(new Score(899, 101, 401)), "0.899 rounds to 0.90");
        assertFalse(floor.keptBy(new Score(89, 11, 11)), "0.89 is below 0.90");
    }

    @Test
    void aLineThatIsNotAFloorIsAnErrorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QualityFloors.parse(List.of("set,metric,precision,recall", "dev,PERIOD,0.9,0.9")));
        assertTrue(e.getMessage().startsWith("HW-E043 line 2"), e.getMessage());
    }

    private static EvaluationResult result(Score score) {
        return new EvaluationResult("dev", 1, Map.of(Metric.STATISTICS, score), List.of(), List.of());
    }
}
