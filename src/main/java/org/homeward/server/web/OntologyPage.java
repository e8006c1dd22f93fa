package org.homeward.server.web;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.homeward.store.OntologyGraph;
import org.homeward.vocab.HW;

/**
 * The ontology for people: one section per Homeward class and property, at the anchor of its IRI
 * ({@code /ontology#ReturnStatistic}), with its definition, its place in the hierarchy, its domain and range;
 * then the concept schemes with their concepts, each linking to its own page.
 */
final class OntologyPage {

    private static final List<Relation> RELATIONS = List.of(new Relation("Subclass of", RDFS.subClassOf.asNode()),
            new Relation("Subproperty of", RDFS.subPropertyOf.asNode()), new Relation("Domain", RDFS.domain.asNode()),
            new Relation("Range", RDFS.range.asNode()));

    private final GraphView view;

    /** How a term relates to others, and how the page titles it. */
    private record Relation(String title, Node property) {}

    OntologyPage(GraphView view) {
        this.view = view;
    }

    /** The page body. */
    String body() {
        Node ontology = OntologyGraph.GRAPH;
        StringBuilder html = new StringBuilder("<h1>" + Html.escape(text(view.literal(ontology,
                DCTerms.title.asNode()), "Homeward ontology")) + "</h1>\n<p>" + Html.escape(text(view.literal(
                ontology, DCTerms.description.asNode()), "")) + "</p>\n");
        html.append(section("Classes", OWL.Class.asNode()));
        html.append(section("Object properties", OWL.ObjectProperty.asNode()));
        html.append(section("Datatype properties", OWL.DatatypeProperty.asNode()));
        html.append("<h2>Concept schemes</h2>\n");
        for (Node scheme : view.subjects(RDF.type.asNode(), SKOS.ConceptScheme.asNode())) {
            html.append("<h3>").append(Html.link(scheme, view.label(scheme))).append("</h3>\n<ul>\n");
            view.subjects(SKOS.inScheme.asNode(), scheme).forEach(concept -> html.append("<li>")
                    .append(Html.link(concept, view.label(concept))).append(": ")
                    .append(Html.escape(text(view.literal(concept, SKOS.definition.asNode()), ""))).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.toString();
    }

    private String section(String title, Node kind) {
        StringBuilder html = new StringBuilder("<h2>" + title + "</h2>\n");
        for (Node term : view.subjects(RDF.type.asNode(), kind)) {
            if (term.isURI() && term.getURI().startsWith(HW.NS)) {
                html.append(term(term));
            }
        }
        return html.toString();
    }

    private String term(Node term) {
        String name = term.getURI().substring(HW.NS.length());
        StringBuilder html = new StringBuilder("<section id=\"" + Html.escape(name) + "\"><h3>"
                + Html.escape(view.label(term)) + " <code>hw:" + Html.escape(name) + "</code></h3>\n<p>"
                + Html.escape(text(view.literal(term, SKOS.definition.asNode()), "")) + "</p>\n");
        for (Relation relation : RELATIONS) {
            List<Node> objects = view.objects(term, relation.property());
            if (!objects.isEmpty()) {
                html.append("<p class=\"type\">").append(relation.title()).append(": ");
                objects.forEach(o -> html.append(o.isURI() ? Html.link(o, view.label(o)) : unionOf(o)).append(" "));
                html.append("</p>\n");
            }
        }
        return html.append("</section>\n").toString();
    }

    /** A class expression written as a union: the members' names joined by "or". */
    private String unionOf(Node expression) {
        Node list = view.object(expression, OWL.unionOf.asNode());
        StringBuilder names = new StringBuilder();
        while (list != null && !list.equals(RDF.nil.asNode())) {
            Node member = view.object(list, RDF.first.asNode());
            names.append(names.isEmpty() ? "" : " or ").append(member == null ? "?" : Html.link(member,
                    view.label(member)));
            list = view.object(list, RDF.rest.asNode());
        }
        return names.toString();
    }

    private static String text(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
