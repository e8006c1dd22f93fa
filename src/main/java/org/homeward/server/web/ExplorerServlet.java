package org.homeward.server.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * {@code /explore}: the graph explorer, a page and its script that draw {@code /export/homeward.cyjs} with the
 * vis-network library; the library is served from its WebJar on the classpath, never copied into Homeward.
 */
final class ExplorerServlet extends HttpServlet {

    private static final String OWN = "org/homeward/server/web/";
    private static final String WEBJAR = "META-INF/resources/webjars/vis-network/";
    private static final String WEBJAR_VERSION = "META-INF/maven/org.webjars.npm/vis-network/pom.properties";
    private static final String LIBRARY = "/vis-network.min.js";

    private final Map<String, String> files;

    ExplorerServlet() {
        this.files = Map.of("", OWN + "explore.html", "/", OWN + "explore.html", "/explore.js", OWN + "explore.js",
                LIBRARY, WEBJAR + webjarVersion() + "/standalone/umd/vis-network.min.js");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String resource = files.get(path);
        if (resource == null) {
            Answers.refuse(response, HttpServletResponse.SC_NOT_FOUND, "HW-E123 " + request.getRequestURI()
                    + ": no such file of the explorer", false);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("HW-E124 " + resource + " is missing from the classpath (a packaging bug)");
            }
            response.setContentType(path.endsWith(".js") ? "text/javascript" : "text/html");
            response.setCharacterEncoding("UTF-8");
            if (path.equals(LIBRARY)) {
                response.setHeader("Cache-Control", "public, max-age=86400");
            }
            in.transferTo(response.getOutputStream());
        }
    }

    /** The version of the vis-network WebJar on the classpath, which names its directory. */
    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = ExplorerServlet.class.getClassLoader().getResourceAsStream(WEBJAR_VERSION)) {
            if (in == null) {
                throw new IllegalStateException("HW-E124 " + WEBJAR_VERSION + " is missing from the classpath"
                        + " (a packaging bug)");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
