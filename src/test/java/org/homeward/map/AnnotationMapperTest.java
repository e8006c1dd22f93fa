package org.homeward.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.homeward.RdfAssertions;
import org.homeward.SampleAnnotations;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.Mention;
import org.homeward.model.Span;
import org.junit.jupiter.api.Test;

class AnnotationMapperTest {

    private final AnnotationMapper mapper = new AnnotationMapper();

    @Test
    void mapsTheSampleToTheExpectedGraphs() {
        // given
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph("mapper/expected.trig");
        DatasetGraph actual = DatasetGraphFactory.create();

        // when
        mapper.map(SampleAnnotations.annotations(), StreamRDFLib.dataset(actual));

        // then
        RdfAssertions.assertIsomorphic(expected, actual);
    }

    @Test
    void describesASharedEvidenceSpanOnce() {
        // given the statistic and the flight quote the same span
        List<Quad> quads = quadsOf(SampleAnnotations.annotations());

        // when
        long descriptions = quads.stream()
                .filter(quad -> quad.getSubject().getURI().endsWith("/span/97-267"))
                .filter(quad -> quad.getPredicate().getURI().endsWith("#exact"))
                .count();

        // then
        assertEquals(1, descriptions);
    }

    @Test
    void refusesAMentionOfAnUndeclaredEntity() {
        // given
        DocumentAnnotations annotations = withMention(
                SampleAnnotations.annotations(), new Mention("person/nobody", new Span(0, 6, "Russia")));

        // when
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> mapper.map(annotations, new CollectorStreamRDF()));

        // then
        assertTrue(e.getMessage().startsWith("HW-E101 000_example.txt:"), e.getMessage());
        assertTrue(e.getMessage().contains("'person/nobody'"), e.getMessage());
    }

    @Test
    void mapsTheSameAnnotationsToTheSameQuads() {
        // given
        DocumentAnnotations annotations = SampleAnnotations.annotations();

        // when
        List<Quad> first = quadsOf(annotations);
        List<Quad> second = quadsOf(annotations);

        // then
        assertEquals(first, second);
    }

    private List<Quad> quadsOf(DocumentAnnotations annotations) {
        CollectorStreamRDF collector = new CollectorStreamRDF();
        mapper.map(annotations, collector);
        return collector.getQuads();
    }

    private static DocumentAnnotations withMention(DocumentAnnotations a, Mention mention) {
        List<Mention> mentions = new ArrayList<>(a.mentions());
        mentions.add(mention);
        return new DocumentAnnotations(a.format(), a.article(), a.run(), a.entities(), mentions, a.statistics(),
                a.flights(), a.attributions(), a.excluded(), a.warnings());
    }
}
