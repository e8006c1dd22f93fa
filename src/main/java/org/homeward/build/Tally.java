package org.homeward.build;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;

/** The running counts of one build, turned into a {@link BuildReport} at the end. */
final class Tally {

    private final List<String> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<EntityType, Set<String>> entityKeys = new EnumMap<>(EntityType.class);
    private int documents;
    private int flights;
    private int statistics;

    void fail(String message) {
        failures.add(message);
    }

    void warn(String message) {
        warnings.add(message);
    }

    /** Counts a document that made it into the output. */
    void mapped(DocumentAnnotations annotations) {
        documents++;
        flights += annotations.flights().size();
        statistics += annotations.statistics().size();
        for (Entity entity : annotations.entities()) {
            entityKeys.computeIfAbsent(entity.type(), type -> new HashSet<>()).add(entity.key());
        }
    }

    BuildReport report(long quads) {
        return new BuildReport(documents, failures, warnings, quads, distinct(EntityType.PERSON),
                distinct(EntityType.ORGANISATION), distinct(EntityType.COUNTRY), flights, statistics);
    }

    private int distinct(EntityType type) {
        return entityKeys.getOrDefault(type, Set.of()).size();
    }
}
