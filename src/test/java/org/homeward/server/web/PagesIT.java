package org.homeward.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.server.AbstractServerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML pages with a document whose title and text hold markup: every text from a document is escaped,
 * and its figure stands beside the seeds' figure for the same group and route.
 */
class PagesIT extends AbstractServerIT {

    private static final String TEXT = "Children come home <script>alert('title')</script>\n\nMOSCOW, February 20."
            + " /TASS/. Russia has returned 28 children from Syria this week, Anna Kuznetsova said on Thursday."
            + " \"Their names <script>alert('quote')</script> are not published,\" she added.\n";
    private static final String SIDECAR = "{\"title\": \"Children <script>alert(1)</script> home\","
            + " \"publisher\": \"TASS\", \"published\": \"2020-02-20\"}";

    private String article;

    @BeforeEach
    void postTheDocument() throws Exception {
        HttpResponse<String> posted = send(request("/homeward/documents?name=markup.txt&metadata="
                + URLEncoder.encode(SIDECAR, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(TEXT)));
        assertEquals(201, posted.statusCode(), posted.body());
        String graph = new ObjectMapper().readTree(posted.body()).get("graph").asText();
        article = "/resource/article/" + graph.substring(graph.lastIndexOf('/') + 1);
    }

    @Test
    void theArticlePageEscapesTheMarkupOfItsTitleAndTextAndMarksTheQuote() throws Exception {
        // given the attribution's passage, which holds the markup
        String start = String.valueOf(TEXT.indexOf("\"Their names"));
        String end = String.valueOf(TEXT.indexOf("added.") + "added.".length());

        // when
        String page = html(article + "?quote=" + start + "-" + end);

        // then
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("Children &lt;script&gt;alert(1)&lt;/script&gt; home"), page);
        assertTrue(page.contains("<mark id=\"quote\">&quot;Their names &lt;script&gt;alert(&#39;quote&#39;)"
                + "&lt;/script&gt; are not published,&quot; she added.</mark>"), page);
    }

    @Test
    void factAndEntityPagesEscapeEverythingFromTheDocument() throws Exception {
        // given
        String articlePage = html(article);
        Matcher statistic = Pattern.compile("href=\"(/resource/article/[^\"]+/statistic[^\"]*)\"").matcher(articlePage);
        assertTrue(statistic.find(), articlePage);

        // when
        String statisticPage = html(statistic.group(1));
        String annaPage = html("/resource/person/anna-kuznetsova");
        String tassPage = html("/resource/organisation/tass");

        // then
        for (String page : new String[] {statisticPage, annaPage, tassPage}) {
            assertFalse(page.contains("<script>"), page);
        }
        assertTrue(tassPage.contains("Children &lt;script&gt;alert(1)&lt;/script&gt; home"), tassPage);
    }

    @Test
    void figuresOfTwoSourcesForTheSameGroupAndRouteStandSideBySide() throws Exception {
        // when
        String russia = html("/resource/country/RU");

        // then
        int table = russia.indexOf("<h2>Figures side by side</h2>");
        assertTrue(table > 0, russia);
        String sideBySide = russia.substring(table);
        assertTrue(sideBySide.contains("the sources differ"), sideBySide);
        assertTrue(sideBySide.indexOf(">26 children") < sideBySide.indexOf(">28 children"), sideBySide);
    }

    @Test
    void theExplorerAndItsLibraryAreServed() throws Exception {
        HttpResponse<String> page = send(request("/explore"));
        HttpResponse<String> library = send(request("/explore/vis-network.min.js"));
        HttpResponse<String> missing = send(request("/explore/nothing.js"));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"/explore/vis-network.min.js\">"));
        assertEquals(200, library.statusCode());
        assertTrue(library.body().contains("vis-network"));
        assertEquals(404, missing.statusCode());
    }

    private String html(String path) throws Exception {
        HttpResponse<String> response = send(request(path).header("Accept", "text/html"));
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
