package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.pipeline.Analyzer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web UI in real headless Chromium over the project's examples analysed by the REAL standard
 * pipeline (what {@code marsad demo} serves): search, click a facet, open an article, see linked
 * entities highlighted with their canonical and English names, a quotation with its speaker,
 * normalised dates, topic, keywords and summary, open the entity page; highlights cover exactly
 * the mention text in every example; keyboard use and a narrow screen. Screenshots go to
 * target/screenshots. Expectations name what the examples say (a festival director, the Gulf),
 * so a retrained model that loses them fails here on purpose.
 */
class BrowserTest {
    static final String FESTIVAL = "مهرجان للشعر النبطي في الرياض يستقطب آلاف الزوار";
    static final String SOLAR = "جامعة بيروت تفتتح مركزا لأبحاث الطاقة الشمسية";
    /** A person the shipped recogniser finds in the examples; the test follows the model's output, not a fixture. */
    static final String PERSON = "سامر حداد";
    @TempDir
    static Path dir;
    static TestServer srv;

    @BeforeAll
    static void start() throws Exception {
        srv = new TestServer(ExampleArchive.index(dir), Analyzer.standard(), List.of());
    }

    @AfterAll
    static void stop() {
        if (srv != null) srv.close();
    }

    @Test
    void searchFacetArticleAndEntityPages() throws Exception {
        try (Browser b = Browser.start(1280, 800)) {    // the size of docs/ui-*.png
            b.driver.get(srv.base + "/");
            WebElement box = b.wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
            assertThat(b.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            box.sendKeys("بيروت", Keys.ENTER);
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "تطابق البحث"));
            assertThat(b.driver.findElements(By.cssSelector("li.hit .snippet mark"))).isNotEmpty();
            assertThat(b.driver.findElement(By.cssSelector("ul.facet[data-dim=place]")).getText()).contains("بيروت");
            assertThat(b.driver.findElement(By.cssSelector("ul.facet[data-dim=topic]")).getText()).isNotBlank();
            b.screenshot("search");

            WebElement facet = b.driver.findElements(By.cssSelector("ul.facet[data-dim=person] button")).stream()
                    .filter(e -> e.getText().contains(PERSON)).findFirst().orElseThrow();
            facet.click();
            b.wait.until(ExpectedConditions.urlContains("person%3A"));
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1 مقالة"));
            assertThat(b.driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("بيروت person:\"" + PERSON + "\"");

            b.driver.findElement(By.linkText(SOLAR)).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ent.PER")));
            assertThat(b.driver.findElement(By.cssSelector("article h1")).getText()).isEqualTo(SOLAR);
            assertThat(b.driver.findElements(By.cssSelector("a.ent.PER"))).extracting(WebElement::getText).containsExactly(PERSON);
            WebElement beirut = b.driver.findElements(By.cssSelector("a.ent.LOC")).stream()
                    .filter(e -> e.getText().equals("بيروت")).findFirst().orElseThrow();
            new Actions(b.driver).moveToElement(beirut).perform();
            WebElement tip = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tip")));
            assertThat(tip.getText()).contains("بيروت", "Beirut");    // the linked entity's names

            List<WebElement> quotes = b.driver.findElements(By.cssSelector("#quotes li"));
            assertThat(quotes).isNotEmpty();
            assertThat(quotes).allSatisfy(q -> assertThat(q.findElement(By.cssSelector(".speaker")).getText()).contains(PERSON));
            assertThat(b.driver.findElements(By.cssSelector("#quotes blockquote"))).extracting(WebElement::getText)
                    .anySatisfy(t -> assertThat(t).contains("نريد أن نقدم حلولا"));
            assertThat(b.driver.findElement(By.cssSelector(".meta .topic")).getText()).isNotBlank();
            assertThat(b.driver.findElements(By.cssSelector("#keywords li"))).isNotEmpty();
            assertThat(b.driver.findElement(By.cssSelector("#summary p")).getText()).startsWith("افتتحت إحدى الجامعات في بيروت");
            b.screenshot("article");

            b.driver.findElement(By.cssSelector("a.ent.PER")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.entity"), PERSON));
            assertThat(b.driver.findElements(By.cssSelector("figure.chart rect.bar"))).isNotEmpty();
            assertThat(b.driver.findElement(By.id("said")).getText()).contains(PERSON, "نريد أن نقدم حلولا");
            assertThat(b.driver.findElement(By.id("co")).getText()).contains("بيروت");
            assertThat(b.driver.findElement(By.id("latest")).getText()).contains(SOLAR);
            b.screenshot("entity");

            // dates with their normalised values, on another article
            b.driver.get(srv.base + "/?q=" + TestServer.q("مهرجان"));
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(FESTIVAL))).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dates"), "2024-02-26"));
            assertThat(b.driver.findElement(By.id("dates")).getText()).contains("مساء أمس", "2024-02-26");
        }
    }

    /** Every entity mark's text is exactly the mention's text in the API (offsets are UTF-16 code units). */
    @Test
    void everyHighlightCoversExactlyItsMention() throws Exception {
        JsonNode all = TestServer.json(srv.get("/api/search?collapse=false&limit=100&q=" + TestServer.q("الـ OR في OR من")));
        List<String> ids = new ArrayList<>();
        all.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        assertThat(ids).hasSizeGreaterThan(10);
        try (Browser b = Browser.start(1280, 900)) {
            for (String id : ids) {
                JsonNode a = TestServer.json(srv.get("/api/articles/" + TestServer.q(id)));
                List<String> expected = new ArrayList<>();
                a.path("entities").forEach(m -> expected.add(m.path("text").asText()));
                b.driver.get(srv.base + "/article.html?id=" + TestServer.q(id));
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#side h2")));
                @SuppressWarnings("unchecked")
                List<String> marks = (List<String>) b.js("return [...document.querySelectorAll('#text a.ent')].map(e => e.textContent)");
                assertThat(marks).as(id).containsExactlyElementsOf(expected);
                @SuppressWarnings("unchecked")
                List<String> quoted = (List<String>) b.js("return [...document.querySelectorAll('#text span.q')].map(e => e.dataset.quote)");
                assertThat(quoted.stream().distinct().count()).as(id).isEqualTo(a.path("quotes").size());
            }
        }
    }

    @Test
    void keyboardReachesSearchFacetsAndEntityTooltips() throws Exception {
        try (Browser b = Browser.start(1280, 900)) {
            b.driver.get(srv.base + "/?q=" + TestServer.q("مهرجان"));
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));
            new Actions(b.driver).sendKeys("/").perform();
            assertThat(b.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
            b.driver.findElement(By.cssSelector("li.hit h3 a")).click();
            WebElement ent = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ent.LOC")));
            b.js("arguments[0].focus()", ent);
            WebElement tip = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tip")));
            assertThat(tip.getText()).contains("الرياض", "Riyadh");
            ent.sendKeys(Keys.ENTER);
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.entity"), "الرياض"));
            assertThat(b.driver.findElement(By.cssSelector("p.en")).getText()).isEqualTo("Riyadh");
        }
    }

    @Test
    void onANarrowScreenThePanelsStackUnderTheText() throws Exception {
        try (Browser b = Browser.start(400, 900)) {
            b.driver.get(srv.base + "/?q=" + TestServer.q("الدوحة"));
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));
            assertThat(b.driver.findElement(By.cssSelector("li.hit .copies")).getText()).contains("2 نسخ");    // two outlets, one story
            WebElement results = b.driver.findElement(By.id("results"));
            WebElement facets = b.driver.findElement(By.id("facets"));
            assertThat(facets.getRect().getY()).isGreaterThan(results.getRect().getY());
            Number scrollWidth = (Number) b.js("return document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(400);
            b.screenshot("search-narrow");
            b.driver.findElement(By.cssSelector("li.hit h3 a")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ent")));
            WebElement text = b.driver.findElement(By.id("text"));
            WebElement side = b.driver.findElement(By.id("side"));
            assertThat(side.getRect().getY()).isGreaterThan(text.getRect().getY());
            b.screenshot("article-narrow");
        }
    }
}
