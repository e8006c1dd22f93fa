package org.homeward.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.homeward.model.Article;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.Attribution;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;
import org.homeward.model.ExcludedRegion;
import org.homeward.model.ExtractionRun;
import org.homeward.model.Flight;
import org.homeward.model.InferredField;
import org.homeward.model.Mention;
import org.homeward.model.Period;
import org.homeward.model.ReturnStatistic;
import org.homeward.vocab.HW;
import org.homeward.vocab.PROV;
import org.homeward.vocab.QB;
import org.homeward.vocab.SCHEMA;

/**
 * Turns one document's annotations into quads: its facts in the document graph {@code graph/{sha}}, and
 * how that graph was made in the shared provenance graph. Pure: it writes only to the sink it is given,
 * and leaves the sink's {@code start} and {@code finish} to the caller, who may stream many documents.
 */
public final class AnnotationMapper {

    /** Emits the quads of one document; throws {@link MappingException} if the annotations are inconsistent. */
    public void map(DocumentAnnotations annotations, StreamRDF sink) {
        DocumentIndex index = DocumentIndex.of(annotations);
        GraphEmitter out = new GraphEmitter(sink, ResourceIris.documentGraph(index.sha256()), index);
        Labels labels = Labels.of(index, annotations.article());
        article(annotations.article(), out);
        out.string(index.article(), RDFS.label.asNode(), labels.article(annotations.article()));
        annotations.excluded().forEach(region -> excluded(region, out));
        annotations.entities().forEach(entity -> entity(entity, out));
        annotations.mentions().forEach(mention -> mention(mention, out));
        annotations.statistics().forEach(statistic -> statistic(statistic, out));
        annotations.flights().forEach(flight -> flight(flight, out));
        annotations.attributions().forEach(attribution -> attribution(attribution, out));
        annotations.statistics().forEach(statistic ->
                out.string(index.fact(statistic.id()), RDFS.label.asNode(), labels.statistic(statistic)));
        annotations.flights().forEach(flight ->
                out.string(index.fact(flight.id()), RDFS.label.asNode(), labels.flight(flight)));
        annotations.attributions().forEach(attribution ->
                out.string(index.fact(attribution.id()), RDFS.label.asNode(), labels.attribution(attribution)));
        provenance(annotations.run(), new GraphEmitter(sink, ResourceIris.provenanceGraph(), index));
    }

    private static void article(Article article, GraphEmitter out) {
        Node node = out.index().article();
        out.type(node, HW.NewsArticle);
        out.string(node, DCTerms.identifier.asNode(), article.identifier());
        out.string(node, HW.sha256, article.sha256());
        out.count(node, HW.textLength, article.textLength());
        metadata(node, article.metadata() == null ? ArticleMetadata.UNKNOWN : article.metadata(), out);
        out.entity(node, DCTerms.publisher.asNode(), article.publisher());
        out.entity(node, HW.datelinePlace, article.datelinePlace());
        article.contributors().forEach(key -> out.entity(node, SCHEMA.contributor, key));
        article.inferred().forEach(field -> inferred(field, out));
    }

    private static void metadata(Node article, ArticleMetadata metadata, GraphEmitter out) {
        out.string(article, DCTerms.title.asNode(), metadata.title());
        // A publication date the sidecar or text gives in no ISO form is left out rather than guessed.
        if (metadata.published() != null) {
            TemporalLiterals.literal(metadata.published())
                    .ifPresent(date -> out.link(article, DCTerms.issued.asNode(), date));
        }
        out.typed(article, SCHEMA.url, metadata.url(), XSDDatatype.XSDanyURI);
        out.string(article, DCTerms.language.asNode(), metadata.language());
    }

    private static void inferred(InferredField field, GraphEmitter out) {
        Node node = ResourceIris.inferredField(out.index().sha256(), field.field());
        out.link(out.index().article(), HW.metadataInference, node);
        out.type(node, HW.MetadataInference);
        out.string(node, HW.field, field.field());
        out.evidence(node, HW.evidence, field.evidence());
    }

    private static void excluded(ExcludedRegion region, GraphEmitter out) {
        Node node = ResourceIris.excludedRegion(out.index().sha256(), region.span());
        out.link(out.index().article(), HW.excludedRegion, node);
        out.type(node, HW.ExcludedRegion);
        out.offsets(node, region.span());
        out.string(node, HW.reason, region.reason());
    }

    private static void entity(Entity entity, GraphEmitter out) {
        Node node = ResourceIris.entity(entity.key());
        out.type(node, typeOf(entity.type()));
        out.string(node, RDFS.label.asNode(), entity.label());
        out.string(node, SCHEMA.jobTitle, entity.jobTitle());
        out.entity(node, HW.memberOf, entity.memberOf());
        out.entity(node, HW.countryOfOffice, entity.countryOfOffice());
        if (entity.type() == EntityType.COUNTRY) {
            out.string(node, HW.isoCode, entity.country());
        } else if (entity.type() == EntityType.PLACE && entity.country() != null) {
            out.entity(node, HW.locatedIn, EntityType.COUNTRY.slug() + "/" + entity.country());
        }
    }

    private static Node typeOf(EntityType type) {
        return switch (type) {
            case PERSON -> HW.Person;
            case ORGANISATION -> HW.Organisation;
            case COUNTRY -> HW.Country;
            case PLACE -> HW.Place;
            case SOURCE -> HW.DescribedSource;
        };
    }

    private static void mention(Mention mention, GraphEmitter out) {
        out.evidence(out.index().entity(mention.entity()), HW.mentionedAt, mention.span());
    }

    private static void statistic(ReturnStatistic statistic, GraphEmitter out) {
        Node node = out.index().fact(statistic.id());
        out.type(node, HW.ReturnStatistic);
        out.link(node, QB.dataSet, ResourceIris.dataset());
        out.decimal(node, HW.value, statistic.value());
        out.link(node, HW.qualifier, statistic.qualifier() == null ? null : HW.concept(statistic.qualifier()));
        out.link(node, HW.population, statistic.population() == null ? null : HW.concept(statistic.population()));
        out.link(node, HW.statisticKind, statistic.kind() == null ? null : HW.concept(statistic.kind()));
        out.entity(node, HW.nationality, statistic.nationality());
        statistic.origins().forEach(key -> out.entity(node, HW.origin, key));
        statistic.destinations().forEach(key -> out.entity(node, HW.destination, key));
        out.period(node, statistic.period());
        out.entity(node, HW.statedBy, statistic.statedBy());
        out.fact(node, HW.attribution, statistic.attribution());
        placeInReport(node, statistic.partOf(), out);
        out.evidence(node, HW.evidence, statistic.evidence());
        out.provenance(node, statistic.provenance());
    }

    private static void flight(Flight flight, GraphEmitter out) {
        Node node = out.index().fact(flight.id());
        out.type(node, HW.RepatriationFlight);
        flight.origins().forEach(key -> out.entity(node, HW.origin, key));
        flight.destinations().forEach(key -> out.entity(node, HW.destination, key));
        out.entity(node, HW.departurePlace, flight.departurePlace());
        out.entity(node, HW.arrivalPlace, flight.arrivalPlace());
        flightDate(node, flight.period(), out);
        out.decimal(node, HW.passengerCount, flight.passengerCount());
        out.decimal(node, HW.flightCount, flight.flightCount());
        out.link(node, HW.population, flight.population() == null ? null : HW.concept(flight.population()));
        out.entity(node, HW.nationality, flight.nationality());
        out.entity(node, HW.organisedBy, flight.organisedBy());
        out.entity(node, HW.carrier, flight.carrier());
        out.string(node, HW.aircraft, flight.aircraft());
        out.entity(node, HW.statedBy, flight.statedBy());
        out.fact(node, HW.attribution, flight.attribution());
        placeInReport(node, flight.partOf(), out);
        out.evidence(node, HW.evidence, flight.evidence());
        out.provenance(node, flight.provenance());
    }

    /** A single flight has a date; several flights, or one known only within bounds, have a period. */
    private static void flightDate(Node flight, Period period, GraphEmitter out) {
        if (period.start() != null && period.start().equals(period.end())) {
            out.temporal(flight, HW.date, period.start());
        } else {
            out.period(flight, period);
        }
    }

    /** Where a fact sits: the total it is a breakdown of, and the article that reports it. */
    private static void placeInReport(Node fact, String partOf, GraphEmitter out) {
        out.fact(fact, HW.partOf, partOf);
        out.link(fact, HW.reportedIn, out.index().article());
    }

    private static void attribution(Attribution attribution, GraphEmitter out) {
        Node node = out.index().fact(attribution.id());
        out.type(node, HW.Attribution);
        out.entity(node, PROV.agent, attribution.speaker());
        out.string(node, HW.cue, attribution.cue());
        out.evidence(node, HW.evidence, attribution.evidence());
        out.provenance(node, attribution.provenance());
    }

    private static void provenance(ExtractionRun run, GraphEmitter out) {
        if (run == null) {
            throw out.index().error("HW-E105", "the annotations record no extraction run");
        }
        Node graph = ResourceIris.documentGraph(out.index().sha256());
        Node activity = ResourceIris.activity(out.index().sha256());
        Node software = ResourceIris.software();
        out.type(graph, HW.DocumentGraph);
        out.link(graph, PROV.wasDerivedFrom, out.index().article());
        out.link(graph, PROV.wasGeneratedBy, activity);
        out.typed(graph, PROV.generatedAtTime, run.endedAt(), XSDDatatype.XSDdateTime);
        out.type(activity, HW.ExtractionActivity);
        out.link(activity, PROV.used, out.index().article());
        out.link(activity, PROV.wasAssociatedWith, software);
        out.typed(activity, PROV.startedAtTime, run.startedAt(), XSDDatatype.XSDdateTime);
        out.typed(activity, PROV.endedAtTime, run.endedAt(), XSDDatatype.XSDdateTime);
        out.string(activity, HW.extractorVersion, run.extractorVersion());
        out.type(software, PROV.SoftwareAgent);
        out.string(software, RDFS.label.asNode(), run.software());
        out.string(software, SCHEMA.softwareVersion, run.softwareVersion());
    }
}
