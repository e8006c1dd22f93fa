package org.homeward.model;

import java.util.List;

/**
 * Everything extracted from one document: the annotation JSON format between extractor and mapper.
 *
 * @param format the name and version of this format
 * @param article the article and its metadata
 * @param run the extraction activity; null until the pipeline records it
 * @param entities the entities the document names, one per key
 * @param mentions every place an entity is named or referred to
 * @param statistics the return statistics
 * @param flights the repatriation flights
 * @param attributions who the text says stated what
 * @param excluded page furniture that yields no facts
 * @param warnings what the extractor noticed and could not use
 */
public record DocumentAnnotations(
        String format,
        Article article,
        ExtractionRun run,
        List<Entity> entities,
        List<Mention> mentions,
        List<ReturnStatistic> statistics,
        List<Flight> flights,
        List<Attribution> attributions,
        List<ExcludedRegion> excluded,
        List<String> warnings) {

    /** The name and version of the annotation format. */
    public static final String FORMAT = "homeward-annotations/1";

    /** Copies the lists so the record stays immutable. */
    public DocumentAnnotations {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        statistics = List.copyOf(statistics);
        flights = List.copyOf(flights);
        attributions = List.copyOf(attributions);
        excluded = List.copyOf(excluded);
        warnings = List.copyOf(warnings);
    }

    /** The same annotations with the extraction activity recorded. */
    public DocumentAnnotations withRun(ExtractionRun extractionRun) {
        return new DocumentAnnotations(
                format, article, extractionRun, entities, mentions, statistics, flights, attributions, excluded,
                warnings);
    }
}
