package org.homeward.server.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.homeward.export.ExportFormat;
import org.homeward.export.GraphExport;
import org.homeward.export.JsonLdContext;
import org.homeward.store.GraphStore;

/**
 * {@code /export/homeward.EXT}: the whole graph, from one snapshot, in any {@link ExportFormat}, as
 * {@code homeward export} writes it; {@code /context.jsonld}: the JSON-LD context every JSON-LD answer names.
 */
final class ExportServlet extends HttpServlet {

    private static final String FILE = "/homeward.";

    private final transient GraphStore store;

    ExportServlet(GraphStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (JsonLdContext.PATH.equals(request.getRequestURI())) {
            Answers.send(response, HttpServletResponse.SC_OK, "application/ld+json", JsonLdContext.json());
            return;
        }
        String file = Optional.ofNullable(request.getPathInfo()).orElse("");
        Optional<ExportFormat> format = file.startsWith(FILE)
                ? ExportFormat.of(file.substring(FILE.length())) : Optional.empty();
        if (format.isEmpty()) {
            Answers.refuse(response, HttpServletResponse.SC_NOT_FOUND, "HW-E122 " + request.getRequestURI()
                    + ": no such export; try /export/homeward.EXT with EXT one of " + extensions(), false);
            return;
        }
        response.setContentType(format.get().mediaType());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"homeward." + format.get().extension() + "\"");
        String context = URI.create(request.getRequestURL().toString()).resolve(JsonLdContext.PATH).toString();
        DatasetGraph dataset = store.dataset();
        Txn.executeRead(dataset, () -> {
            try {
                GraphExport.write(dataset, format.get(), context, response.getOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String extensions() {
        return String.join(", ", Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).toList());
    }
}
