package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.AnalysisJson;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Article text is untrusted: articles whose title, source and body carry script tags, image
 * error handlers, SVG onload handlers and javascript: links are ingested through the API and
 * shown in real Chromium; every payload would set {@code window.__xss} or raise an alert if it
 * ran. Nothing may run, and the markup must show as the characters it is.
 */
class XssTest {
    static final String TITLE = "<script>window.__xss='title'</script>عنوان <img src=x onerror=\"window.__xss='title-img'\">";
    static final String BODY = "قال لافروف في موسكو: \"<b onmouseover=\"window.__xss='quote'\">مرحبا</b> بالجميع\" اليوم.\n"
            + "صورة <img src=x onerror=\"window.__xss='img';alert('img')\"> ونص <script>window.__xss='body'</script> في دمشق.\n"
            + "رابط <a href=\"javascript:window.__xss='link'\">اضغط هنا</a> و\"><svg onload=\"window.__xss='svg'\"> "
            + "و<iframe src=\"javascript:alert(1)\"></iframe> وjavascript:alert('bare') في النص.";
    static final String SOURCE = "<img src=x onerror=\"window.__xss='source'\">";

    @TempDir
    static Path dir;
    static TestServer srv;
    static String id;

    @BeforeAll
    static void start() throws Exception {
        srv = TestServer.over(dir.resolve("index"));
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        o.put("source", SOURCE).put("url", "http://example.test/xss").put("date", "2024-06-01").put("title", TITLE).put("content", BODY);
        HttpResponse<String> r = srv.post("/api/articles", "application/json", o.toString(), "X-API-Key", TestServer.KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode done = TestServer.json(r);
        assertThat(done.path("ingested").asInt()).isEqualTo(1);
        id = done.path("ids").get(0).asText();
    }

    @AfterAll
    static void stop() {
        srv.close();
    }

    static void nothingRan(Browser b) {
        try {
            String text = b.driver.switchTo().alert().getText();
            throw new AssertionError("an alert opened: " + text);
        } catch (NoAlertPresentException expected) {
            // no alert: good
        }
        assertThat(b.js("return typeof window.__xss")).isEqualTo("undefined");
        assertThat(b.js("return document.querySelectorAll('img, iframe, main script, article script, svg [onload], [onerror], "
                + "[onmouseover], svg[onload]').length")).isEqualTo(0L);
        assertThat(b.js("return [...document.querySelectorAll('a')].filter(a => /^\\s*javascript:/i.test(a.getAttribute('href') || '')).length"))
                .isEqualTo(0L);
    }

    @Test
    void payloadsInSearchResultsShowAsText() throws Exception {
        try (Browser b = Browser.start(1280, 900)) {
            b.driver.get(srv.base + "/?q=" + TestServer.q("لافروف"));
            WebElement title = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit h3 a")));
            assertThat(title.getText()).contains("<script>window.__xss='title'</script>");
            assertThat(b.driver.findElement(By.cssSelector("li.hit .source")).getText()).isEqualTo(SOURCE);
            for (WebElement m : b.driver.findElements(By.cssSelector("li.hit .snippet mark"))) new Actions(b.driver).moveToElement(m).perform();
            nothingRan(b);
            b.screenshot("xss-search");
        }
    }

    @Test
    void payloadsInTheArticleAndEntityPagesShowAsText() throws Exception {
        try (Browser b = Browser.start(1280, 900)) {
            b.driver.get(srv.base + "/article.html?id=" + TestServer.q(id));
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ent")));
            assertThat(b.driver.findElement(By.cssSelector("article h1")).getText()).isEqualTo(TITLE);
            String body = b.driver.findElement(By.cssSelector("article .body")).getText();
            assertThat(body).contains("<img src=x onerror=", "<script>window.__xss='body'</script>", "javascript:window.__xss='link'",
                    "<svg onload=");
            for (WebElement q : b.driver.findElements(By.cssSelector("span.q, #quotes li"))) new Actions(b.driver).moveToElement(q).perform();
            for (WebElement a : b.driver.findElements(By.cssSelector("article .body a"))) {
                assertThat(a.getAttribute("href")).startsWith(srv.base + "/entity.html?id=");
            }
            nothingRan(b);
            assertThat(b.driver.getTitle()).contains("<script>");
            b.screenshot("xss-article");
            b.driver.findElement(By.cssSelector("a.ent.PER")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.entity")));
            assertThat(b.driver.findElement(By.id("latest")).getText()).contains("<script>window.__xss='title'</script>");
            nothingRan(b);
        }
    }

    @Test
    void theApiReturnsThePayloadsAsDataNotMarkup() throws Exception {
        JsonNode a = TestServer.json(srv.get("/api/articles/" + TestServer.q(id)));
        assertThat(a.path("title").asText()).isEqualTo(TITLE);
        HttpResponse<String> r = srv.get("/api/articles/" + TestServer.q(id));
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(List.of(a.path("body").asText())).allMatch(s -> s.contains("<script>"));
    }
}
