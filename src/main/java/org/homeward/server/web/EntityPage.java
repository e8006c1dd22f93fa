package org.homeward.server.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.homeward.vocab.HW;
import org.homeward.vocab.SCHEMA;

/**
 * The page of a person, organisation, country, place or described source: who or what it is, then every fact that names it,
 * each with its source, the articles it appears in, and the figures of different sources side by side.
 */
final class EntityPage {

    private final GraphView view;
    private final FactList facts;

    EntityPage(GraphView view) {
        this.view = view;
        this.facts = new FactList(view);
    }

    /** The page body of {@code entity}, whose type is {@code type}. */
    String body(Node entity, String type) {
        StringBuilder html = new StringBuilder("<h1>" + Html.escape(view.label(entity)) + "</h1>\n<p class=\"type\">"
                + type + details(entity) + "</p>\n");
        List<Node> statistics = new ArrayList<>();
        for (Role role : Role.values()) {
            List<Node> found = view.subjects(role.property, entity).stream()
                    .filter(fact -> view.isA(fact, role.factType)).toList();
            html.append(facts.section(role.title, found));
            if (role.factType.equals(HW.ReturnStatistic)) {
                found.stream().filter(s -> !statistics.contains(s)).forEach(statistics::add);
            }
        }
        html.append(facts.sideBySide(statistics));
        html.append(facts.links("Members and officials", union(view.subjects(HW.memberOf, entity),
                view.subjects(HW.countryOfOffice, entity))));
        html.append(facts.links("Places in it", view.subjects(HW.locatedIn, entity)));
        html.append(facts.links("Articles it published", view.subjects(DCTerms.publisher.asNode(), entity)));
        html.append(facts.links("Articles they wrote", view.subjects(SCHEMA.contributor, entity)));
        html.append(facts.links("Articles that mention it", mentionedIn(entity)));
        return html.toString();
    }

    /** The job title, organisation and country of a person, the code of a country, the country of a place. */
    private String details(Node entity) {
        StringBuilder html = new StringBuilder();
        view.objects(entity, SCHEMA.jobTitle).forEach(title -> html.append(" · ").append(Html.escape(view.label(title))));
        for (Node property : List.of(HW.memberOf, HW.countryOfOffice, HW.locatedIn)) {
            view.objects(entity, property).forEach(o -> html.append(" · ").append(Html.link(o, view.label(o))));
        }
        String iso = view.literal(entity, HW.isoCode);
        return iso == null ? html.toString() : html + " · ISO 3166-1 " + Html.escape(iso);
    }

    private List<Node> mentionedIn(Node entity) {
        return view.objects(entity, HW.mentionedAt).stream().map(span -> view.object(span, OA.hasSource.asNode()))
                .filter(article -> article != null).distinct().toList();
    }

    private static List<Node> union(List<Node> first, List<Node> second) {
        List<Node> all = new ArrayList<>(first);
        second.stream().filter(node -> !all.contains(node)).forEach(all::add);
        return all;
    }

    /** The ways a fact names an entity, each with its section title. */
    private enum Role {
        STATED("Figures stated", HW.statedBy, HW.ReturnStatistic),
        FROM("Returns from here", HW.origin, HW.ReturnStatistic),
        TO("Returns to here", HW.destination, HW.ReturnStatistic),
        NATIONALS("Returns of its nationals", HW.nationality, HW.ReturnStatistic),
        FLIGHTS_FROM("Flights from here", HW.origin, HW.RepatriationFlight),
        FLIGHTS_TO("Flights to here", HW.destination, HW.RepatriationFlight),
        DEPARTURES("Flights that left from here", HW.departurePlace, HW.RepatriationFlight),
        ARRIVALS("Flights that landed here", HW.arrivalPlace, HW.RepatriationFlight),
        ORGANISED("Flights organised", HW.organisedBy, HW.RepatriationFlight),
        REPORTED("Flights reported", HW.statedBy, HW.RepatriationFlight);

        private final String title;
        private final Node property;
        private final Node factType;

        Role(String title, Node property, Node factType) {
            this.title = title;
            this.property = property;
            this.factType = factType;
        }
    }
}
