package org.homeward.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quality floors ({@code set,metric,precision,recall}): the precision and recall each evaluation set must
 * keep. A ratchet: {@link #raisedTo} only ever raises a floor, and a figure fails its floor only when it falls
 * below it by more than the two-decimal rounding.
 */
public final class QualityFloors {

    /** How far a figure may fall below its two-decimal floor: the rounding. */
    public static final double ROUNDING = 0.005;

    private static final String HEADER = "set,metric,precision,recall";

    /** One set's floor for one metric. */
    public record Floor(String set, Metric metric, BigDecimal precision, BigDecimal recall) {

        /** Whether a score keeps this floor. */
        public boolean keptBy(Score score) {
            return score.precision() >= precision.doubleValue() - ROUNDING
                    && score.recall() >= recall.doubleValue() - ROUNDING;
        }
    }

    private final Map<String, Floor> floors;

    private QualityFloors(Map<String, Floor> floors) {
        this.floors = floors;
    }

    /** Reads a floors file; a line that is not {@code set,METRIC,p,r} is an error naming the line. */
    public static QualityFloors parse(List<String> lines) {
        Map<String, Floor> floors = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            try {
                Floor floor = new Floor(cells[0], Metric.valueOf(cells[1]), new BigDecimal(cells[2]), new BigDecimal(cells[3]));
                if (floors.put(key(floor.set(), floor.metric()), floor) != null) {
                    throw new IllegalArgumentException("a second floor for " + cells[0] + " " + cells[1]);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("HW-E043 line " + (i + 1) + " of the quality floors: " + e.getMessage(), e);
            }
        }
        return new QualityFloors(floors);
    }

    /** Reads a floors file. */
    public static QualityFloors read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("HW-E043 " + file + ": quality floors cannot be read", e);
        }
    }

    /** Every floor, in the file's order. */
    public List<Floor> all() {
        return List.copyOf(floors.values());
    }

    /** These floors raised to the results' figures where those are higher; a new set or metric gets its figure. */
    public QualityFloors raisedTo(List<EvaluationResult> results) {
        Map<String, Floor> raised = new LinkedHashMap<>(floors);
        for (EvaluationResult result : results) {
            for (Metric metric : Metric.values()) {
                Score score = result.score(metric);
                Floor now = new Floor(result.set(), metric, round(score.precision()), round(score.recall()));
                raised.merge(key(result.set(), metric), now, (old, current) -> new Floor(old.set(), metric,
                        old.precision().max(current.precision()), old.recall().max(current.recall())));
            }
        }
        return new QualityFloors(raised);
    }

    /** The floors as the file holds them: by set, then in the order of the metrics. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        floors.values().stream().sorted(Comparator.comparing(Floor::set).thenComparing(Floor::metric))
                .forEach(f -> lines.add(f.set() + "," + f.metric() + "," + f.precision() + "," + f.recall()));
        return lines;
    }

    /** Writes the floors file. */
    public void write(Path file) throws IOException {
        Files.write(file, lines(), StandardCharsets.UTF_8);
    }

    private static BigDecimal round(double figure) {
        return BigDecimal.valueOf(figure).setScale(2, RoundingMode.HALF_UP);
    }

    private static String key(String set, Metric metric) {
        return set + "," + metric;
    }
}
