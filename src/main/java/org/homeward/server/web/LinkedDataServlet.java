package org.homeward.server.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.homeward.export.JsonLdContext;
import org.homeward.export.RdfOutput;
import org.homeward.export.ResourceDescription;
import org.homeward.store.GraphStore;
import org.homeward.store.OntologyGraph;
import org.homeward.vocab.HW;

/**
 * Dereferenceable IRIs: {@code /resource/...} answers for {@code https://w3id.org/homeward/resource/...},
 * {@code /ontology} for the ontology and {@code /ontology/...} for its concepts, in HTML for people and in
 * Turtle, JSON-LD, RDF/XML, N-Triples, TriG or N-Quads for programs, by {@code Accept} or {@code ?format=}.
 * The data is a resource's description ({@link ResourceDescription}); TriG and N-Quads keep each
 * statement's graph, the others merge them.
 */
final class LinkedDataServlet extends HttpServlet {

    private static final String RESOURCE_PATH = "/resource/";
    private static final String ONTOLOGY_PATH = "/ontology";

    private final transient GraphStore store;
    private final transient Graph ontology = OntologyGraph.load();

    LinkedDataServlet(GraphStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        boolean browser = Optional.ofNullable(request.getHeader("Accept")).orElse("").contains("text/html");
        Optional<Negotiation> form = Negotiation.of(request);
        if (form.isEmpty()) {
            Answers.refuse(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "HW-E121 " + request.getRequestURI()
                    + ": no such form; ?format= takes " + Negotiation.names(), browser);
            return;
        }
        Node resource = resource(request.getRequestURI());
        byte[] answer = answer(resource, form.get(), request);
        if (answer == null) {
            Answers.refuse(response, HttpServletResponse.SC_NOT_FOUND, "HW-E120 " + request.getRequestURI()
                    + ": no resource " + resource.getURI() + " in this graph", form.get() == Negotiation.HTML);
            return;
        }
        response.setContentType(form.get().mediaType());
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(answer);
    }

    /** The page or data of a resource, read in one transaction; null if the graph does not know it. */
    private byte[] answer(Node resource, Negotiation form, HttpServletRequest request) {
        boolean wholeOntology = resource.getURI().equals(OntologyGraph.IRI);
        DatasetGraph dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            GraphView view = new GraphView(wholeOntology ? ontology : dataset.getUnionGraph());
            if (!view.knows(resource)) {
                return null;
            }
            if (form == Negotiation.HTML) {
                String html = wholeOntology ? Html.page("Homeward ontology", new OntologyPage(view).body())
                        : ResourcePages.page(view, resource, request);
                return html.getBytes(StandardCharsets.UTF_8);
            }
            DatasetGraph description = wholeOntology ? DatasetGraphFactory.wrap(ontology)
                    : ResourceDescription.of(dataset, resource);
            return rdf(description, form, contextUrl(request));
        });
    }

    /** The IRI that a path on this server stands for. */
    static Node resource(String path) {
        if (path.startsWith(RESOURCE_PATH)) {
            return NodeFactory.createURI(HW.RESOURCE + path.substring(RESOURCE_PATH.length()));
        }
        return NodeFactory.createURI(OntologyGraph.IRI + path.substring(ONTOLOGY_PATH.length()));
    }

    private static byte[] rdf(DatasetGraph description, Negotiation form, String contextUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (form.keepsGraphs()) {
            RDFWriter.source(description).format(form.format()).output(out);
        } else if (form == Negotiation.JSONLD) {
            RdfOutput.jsonLd(RdfOutput.union(description), contextUrl, out);
        } else {
            RdfOutput.triples(RdfOutput.union(description), form.format(), out);
        }
        return out.toByteArray();
    }

    /** The context's address on the server the request came to. */
    private static String contextUrl(HttpServletRequest request) {
        return URI.create(request.getRequestURL().toString()).resolve(JsonLdContext.PATH).toString();
    }
}
