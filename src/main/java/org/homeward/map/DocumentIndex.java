package org.homeward.map;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.homeward.model.Attribution;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.Entity;
import org.homeward.model.Flight;
import org.homeward.model.ReturnStatistic;

/** What one document's annotations declare, so that every reference in them can be checked. */
final class DocumentIndex {

    private final String document;
    private final String sha256;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Set<String> factIds = new HashSet<>();

    private DocumentIndex(String document, String sha256) {
        this.document = document;
        this.sha256 = sha256;
    }

    /** The index of the entities and fact ids the annotations declare; each must be declared once. */
    static DocumentIndex of(DocumentAnnotations annotations) {
        DocumentIndex index = new DocumentIndex(annotations.article().identifier(), annotations.article().sha256());
        for (Entity entity : annotations.entities()) {
            if (index.entities.put(entity.key(), entity) != null) {
                throw index.error("HW-E104", "entity key '" + entity.key() + "' is declared twice");
            }
        }
        List<String> ids = Stream.of(
                        annotations.statistics().stream().map(ReturnStatistic::id),
                        annotations.flights().stream().map(Flight::id),
                        annotations.attributions().stream().map(Attribution::id))
                .flatMap(Function.identity())
                .toList();
        for (String id : ids) {
            if (!index.factIds.add(id)) {
                throw index.error("HW-E104", "fact id '" + id + "' is declared twice");
            }
        }
        return index;
    }

    String document() {
        return document;
    }

    String sha256() {
        return sha256;
    }

    Node article() {
        return ResourceIris.article(sha256);
    }

    /** The node of a declared entity. */
    Node entity(String key) {
        if (!entities.containsKey(key)) {
            throw error("HW-E101", "entity key '" + key + "' is referred to but has no entity record");
        }
        return ResourceIris.entity(key);
    }

    /** The node of a declared statistic, flight or attribution. */
    Node fact(String id) {
        if (!factIds.contains(id)) {
            throw error("HW-E102",
                    "fact id '" + id + "' is referred to but no statistic, flight or attribution has it");
        }
        return ResourceIris.fact(sha256, id);
    }

    /** The label of a declared entity. */
    String label(String key) {
        entity(key);
        return entities.get(key).label();
    }

    MappingException error(String errorId, String problem) {
        return new MappingException(errorId, document, problem);
    }
}
