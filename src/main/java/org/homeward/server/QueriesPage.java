package org.homeward.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.homeward.server.web.Html;
import org.homeward.vocab.Prefixes;

/**
 * {@code /queries}: the competency questions for people. Each question comes with its SPARQL in a form that
 * runs it (and may be edited first), a link that opens it in the Fuseki query editor at {@code /}, and its
 * file at {@code /queries/NAME.rq}. A report that gives its answer in pages has a field for the offset: its form
 * goes to {@code /queries/NAME?offset=N}, which sends the browser on to the endpoint with that page of the
 * query. A last form starts a query of one's own with Homeward's prefixes.
 * The Fuseki editor's own example menu cannot be given other queries, hence this page.
 */
final class QueriesPage extends HttpServlet {

    private final List<CompetencyQueries.Example> examples;
    private final String dataset;

    /** The page for {@code examples}, querying {@code dataset} (such as {@code homeward}). */
    QueriesPage(List<CompetencyQueries.Example> examples, String dataset) {
        this.examples = List.copyOf(examples);
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo();
        if (file == null || file.equals("/")) {
            send(response, "text/html", page());
            return;
        }
        for (CompetencyQueries.Example example : examples) {
            if (file.equals("/" + example.name() + ".rq")) {
                send(response, "application/sparql-query", example.text());
                return;
            }
            if (file.equals("/" + example.name())) {
                response.sendRedirect("/" + dataset + "/sparql?query=" + encode(example.page(offset(request)))
                        + "&output=" + encode(output(request)));
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND, "no competency query " + file);
    }

    /** The offset asked for; a missing or malformed one is the first page. */
    private static long offset(HttpServletRequest request) {
        String offset = request.getParameter("offset");
        try {
            return offset == null ? 0 : Math.max(0, Long.parseLong(offset.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String output(HttpServletRequest request) {
        String output = request.getParameter("output");
        return output == null || !output.matches("text|csv|tsv|json|xml") ? "text" : output;
    }

    private static void send(HttpServletResponse response, String type, String body) throws IOException {
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private String page() {
        String sections = examples.stream().map(this::section).collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Homeward: competency questions</title>
                <style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}
                textarea{width:100%%;font-family:monospace}</style></head>
                <body><h1>Homeward: competency questions</h1>
                <p>SPARQL endpoint: <code>/%1$s/sparql</code>. The default graph is the union of the document
                graphs; <code>GRAPH</code> reaches each document's graph and the provenance graph.
                The full editor is the <a href="/#/dataset/%1$s/query">Fuseki query page</a>.</p>
                %2$s
                <h2 id="own">A query of your own</h2>
                %3$s
                </body></html>
                """.formatted(dataset, sections, form(prefixes() + "\nSELECT * WHERE { ?s ?p ?o } LIMIT 10\n"));
    }

    private String section(CompetencyQueries.Example example) {
        String question = example.question().isEmpty() ? example.name() : example.question();
        return "<h2 id=\"" + Html.escape(example.name()) + "\">" + Html.escape(question) + "</h2>\n"
                + "<p><a href=\"/#/dataset/" + dataset + "/query?query=" + encode(example.text())
                + "\">Open in the query editor</a> · <a href=\"/queries/" + Html.escape(example.name()) + ".rq\">"
                + Html.escape(example.name()) + ".rq</a></p>\n" + form(example.text())
                + (example.isPaged() ? pageForm(example) : "");
    }

    /** A form that runs another page of the report, as the file has it. */
    private String pageForm(CompetencyQueries.Example example) {
        long size = example.pageSize();
        return "<form action=\"/queries/" + Html.escape(example.name()) + "\" method=\"get\">\n"
                + size + " rows a page, in a stable order; skip <input type=\"number\" name=\"offset\" min=\"0\" step=\""
                + size + "\" value=\"" + size + "\"> rows " + outputs()
                + "\n<button type=\"submit\">Run that page</button></form>";
    }

    /** A form that sends the query to the endpoint and shows the results in the chosen format. */
    private String form(String query) {
        int rows = (int) Math.min(30, query.lines().count() + 1);
        return "<form action=\"/" + dataset + "/sparql\" method=\"get\">\n<textarea name=\"query\" rows=\"" + rows
                + "\">" + Html.escape(query) + "</textarea>\n" + outputs() + "\n<button type=\"submit\">Run</button></form>";
    }

    private static String outputs() {
        return "<select name=\"output\"><option value=\"text\">Table</option><option value=\"csv\">CSV</option>"
                + "<option value=\"tsv\">TSV</option><option value=\"json\">JSON</option>"
                + "<option value=\"xml\">XML</option></select>";
    }

    private static String prefixes() {
        return Prefixes.ALL.entrySet().stream()
                .map(prefix -> "PREFIX " + prefix.getKey() + ": <" + prefix.getValue() + ">")
                .collect(Collectors.joining("\n"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
