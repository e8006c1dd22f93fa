package org.homeward.server.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.homeward.export.JsonLdContext;
import org.homeward.store.GraphStore;
import org.homeward.store.OntologyGraph;

/**
 * The linked-data side of the server: a page and data for every resource ({@code /resource/...}), the ontology
 * ({@code /ontology}), the JSON-LD context ({@value JsonLdContext#PATH}), exports ({@code /export/...}) and the
 * graph explorer ({@code /explore}). All read-only.
 */
public final class WebRoutes {

    private WebRoutes() {}

    /** Puts the ontology graph in {@code store} and adds the routes to the server being built. */
    public static FusekiServer.Builder addTo(FusekiServer.Builder builder, GraphStore store) {
        OntologyGraph.install(store);
        LinkedDataServlet linkedData = new LinkedDataServlet(store);
        ExportServlet export = new ExportServlet(store);
        return builder.addServlet("/resource/*", linkedData)
                .addServlet("/ontology", linkedData)
                .addServlet("/ontology/*", linkedData)
                .addServlet(JsonLdContext.PATH, export)
                .addServlet("/export/*", export)
                .addServlet("/explore", new ExplorerServlet())
                .addServlet("/explore/*", new ExplorerServlet());
    }
}
