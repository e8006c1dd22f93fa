package org.homeward.summary;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.homeward.map.ResourceIris;

/**
 * The groups in which the report of agreeing and disagreeing figures compares statistics: one per population,
 * kind family and destination country. Written on each statistic row, so that a figure's partners are read
 * from the index of its group instead of from every statistic with its destination.
 */
final class FigureGroups {

    /**
     * Each kind's family: its {@code skos:broader} kind in {@code ontology/homeward.ttl}, or itself. Figures under
     * negotiation are left out: they count no one on the move.
     */
    static final Map<String, String> FAMILY = Map.of(
            "returned", "returned", "repatriated", "returned", "evacuated", "returned", "resettled", "returned",
            "transferred", "returned", "identified-for-return", "identified-for-return",
            "awaiting-return", "awaiting-return", "expected-to-return", "expected-to-return");

    private FigureGroups() {}

    /** The groups of a statistic of {@code population} and {@code kind} going to the countries {@code destinations}. */
    static List<Node> of(Optional<Node> population, Optional<Node> kind, Collection<Node> destinations) {
        Optional<String> family = kind.map(FigureGroups::localName).map(FAMILY::get);
        if (population.isEmpty() || family.isEmpty()) {
            return List.of();
        }
        String group = localName(population.get());
        return destinations.stream().distinct()
                .map(country -> ResourceIris.figureGroup(group, family.get(), localName(country))).toList();
    }

    private static String localName(Node concept) {
        String iri = concept.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
