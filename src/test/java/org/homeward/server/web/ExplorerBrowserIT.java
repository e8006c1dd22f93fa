package org.homeward.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.homeward.server.AbstractServerIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer and an entity page in Debian's headless Chromium, driven by Selenium: the network is drawn,
 * clicking a node shows its facts with their quotes, and the page of a person reads without script.
 * Screenshots go to {@code target/screenshots}.
 */
class ExplorerBrowserIT extends AbstractServerIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path profile;

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // Chromium's background connections would be refused on a closed network; a fresh profile each time.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void theExplorerDrawsTheNetworkAndAClickedNodeShowsItsFactsWithQuotes() throws Exception {
        // given
        browser.get(url("/explore"));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return window.homewardExplorer !== undefined && window.homewardExplorer.ready")));
        String status = browser.findElement(By.id("status")).getText();
        assertTrue(status.matches("\\d+ nodes, \\d+ edges shown"), status);
        assertFalse(browser.findElements(By.cssSelector("#network canvas")).isEmpty(), "the network is drawn");

        // when the node of a person is clicked where it is drawn
        click(nodeLabelled("Anna Kuznetsova"));
        wait.until(driver -> !driver.findElements(By.cssSelector("#panel .fact q")).isEmpty());
        screenshot("explore.png");

        // then
        assertEquals("Anna Kuznetsova", browser.findElement(By.cssSelector("#panel h2")).getText());
        List<WebElement> quotes = browser.findElements(By.cssSelector("#panel .fact q"));
        assertTrue(quotes.size() >= 5, "quotes: " + quotes.size());
        assertTrue(quotes.stream().anyMatch(q -> q.getText().contains("26 Russian children")));
        String page = browser.findElement(By.id("page-link")).getAttribute("href");
        assertTrue(page.endsWith("/resource/person/anna-kuznetsova"), page);
    }

    @Test
    void aFilterKeepsTheFactsOfOnePopulationAndWhatTheyName() {
        // given
        browser.get(url("/explore"));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(driver -> driver.findElement(By.id("status")).getText().endsWith("shown"));
        int everything = nodesShown();

        // when
        new Select(browser.findElement(By.id("population"))).selectByValue("refugees");
        wait.until(driver -> nodesShown() != everything);

        // then
        int refugees = nodesShown();
        assertTrue(refugees > 0 && refugees < everything, refugees + " of " + everything);
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.executeScript(
                "return window.homewardExplorer.network.body.data.nodes.get().map(n => n.title);");
        assertTrue(labels.stream().anyMatch(label -> label.startsWith("1,700,000 refugees")), labels.toString());
        assertFalse(labels.stream().anyMatch(label -> label.contains(" children ")), labels.toString());
    }

    @Test
    void anEntityPageShowsItsFactsWithTheirSourcesAndQuotes() throws Exception {
        // when
        browser.get(url("/resource/country/RU"));
        screenshot("country.png");

        // then
        assertEquals("Russia", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> sources = browser.findElements(By.cssSelector(".fact .source"));
        assertTrue(sources.size() >= 6, "sources: " + sources.size());
        assertTrue(sources.stream().anyMatch(s -> s.getText().startsWith("According to Anna Kuznetsova, reported"
                + " by TASS, 12 Feb 2020: «")));
    }

    private int nodesShown() {
        String status = browser.findElement(By.id("status")).getText();
        return status.matches("\\d+ nodes.*") ? Integer.parseInt(status.substring(0, status.indexOf(' '))) : -1;
    }

    /** The node's position in the page, asked of the network, as an offset from the canvas's centre. */
    @SuppressWarnings("unchecked")
    private Map<String, Number> nodeLabelled(String label) {
        return (Map<String, Number>) browser.executeScript("""
                const network = window.homewardExplorer.network;
                const node = network.body.data.nodes.get().find(n => n.title === arguments[0]);
                const at = network.canvasToDOM(network.getPositions([node.id])[node.id]);
                const box = document.getElementById('network');
                return {x: at.x - box.clientWidth / 2, y: at.y - box.clientHeight / 2};
                """, label);
    }

    private void click(Map<String, Number> offset) {
        WebElement canvas = browser.findElement(By.id("network"));
        new Actions(browser).moveToElement(canvas, offset.get("x").intValue(), offset.get("y").intValue())
                .click().perform();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
