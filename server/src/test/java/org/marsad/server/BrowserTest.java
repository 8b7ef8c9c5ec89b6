package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web UI in real headless Chromium: search, click a facet, open an article, see entities
 * highlighted with their canonical and English names, a quotation with its speaker, open the
 * entity page; keyboard use and a narrow screen. Screenshots go to target/screenshots.
 */
class BrowserTest {
    @TempDir
    static Path dir;
    static TestServer srv;

    @BeforeAll
    static void start() throws Exception {
        srv = TestServer.over(TestArticles.index(dir));
    }

    @AfterAll
    static void stop() {
        srv.close();
    }

    @Test
    void searchFacetArticleAndEntityPages() throws Exception {
        try (Browser b = Browser.start(1280, 900)) {
            b.driver.get(srv.base + "/");
            WebElement box = b.wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
            assertThat(b.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(b.driver.findElement(By.linkText("واجهة البرمجة")).getAttribute("href")).isEqualTo(srv.base + "/openapi.json");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li.hit")));
            assertThat(b.driver.findElements(By.cssSelector("#examples button"))).extracting(WebElement::getText)
                    .contains("place:\"دمشق\"", "from:2024-04 to:2024-04");    // the overview suggests queries
            box.sendKeys("لافروف", Keys.ENTER);
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "تطابق البحث"));
            assertThat(b.driver.findElement(By.id("total")).getText()).startsWith("4 ");
            assertThat(b.driver.findElements(By.cssSelector("li.hit .copies")).get(0).getText()).contains("2 نسخ", "صحيفة النهار");
            assertThat(b.driver.findElements(By.cssSelector("li.hit .snippet mark"))).isNotEmpty();
            assertThat(b.driver.findElements(By.cssSelector("figure.chart rect.bar"))).hasSize(4);    // January to April, March empty
            b.screenshot("search");

            WebElement facet = b.driver.findElements(By.cssSelector("ul.facet[data-dim=place] button")).stream()
                    .filter(e -> e.getText().contains("موسكو")).findFirst().orElseThrow();
            facet.click();
            b.wait.until(ExpectedConditions.urlContains("place%3A"));
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "3 مقالة"));
            assertThat(b.driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("لافروف place:\"موسكو\"");
            b.screenshot("search-facet");

            WebElement title = b.driver.findElements(By.cssSelector("li.hit h3 a")).stream()
                    .filter(e -> e.getText().equals("لافروف يستقبل وفدا في موسكو")).findFirst().orElseThrow();
            title.click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ent.PER")));
            assertThat(b.driver.findElement(By.cssSelector("article h1")).getText()).isEqualTo("لافروف يستقبل وفدا في موسكو");
            List<WebElement> people = b.driver.findElements(By.cssSelector("a.ent.PER"));
            assertThat(people).extracting(WebElement::getText).contains("سيرغي لافروف", "لافروف");
            assertThat(b.driver.findElements(By.cssSelector("a.ent.LOC"))).extracting(WebElement::getText).contains("موسكو");
            assertThat(b.driver.findElements(By.cssSelector("a.ent.ORG"))).extracting(WebElement::getText).contains("الأمم المتحدة");

            new Actions(b.driver).moveToElement(people.get(1)).perform();
            WebElement tip = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tip")));
            assertThat(tip.getText()).contains("سيرغي لافروف", "Sergey Lavrov");

            WebElement quote = b.driver.findElement(By.cssSelector("#quotes li"));
            assertThat(quote.findElement(By.cssSelector(".speaker")).getText()).isEqualTo("سيرغي لافروف");
            assertThat(quote.findElement(By.tagName("blockquote")).getText()).isEqualTo("نريد أن يكون المؤتمر خطوة نحو سلام دائم");
            assertThat(b.driver.findElements(By.cssSelector("span.q a.ent"))).isEmpty();    // the quote names nobody
            assertThat(b.driver.findElement(By.cssSelector("span.q")).getText()).isEqualTo("نريد أن يكون المؤتمر خطوة نحو سلام دائم");
            b.screenshot("article");

            people.get(0).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.entity"), "سيرغي لافروف"));
            assertThat(b.driver.findElement(By.cssSelector("p.en")).getText()).isEqualTo("Sergey Lavrov");
            assertThat(b.driver.findElements(By.cssSelector("figure.chart rect.bar"))).hasSize(4);    // January to April, March empty
            assertThat(b.driver.findElement(By.id("said")).getText()).contains("ماذا قال سيرغي لافروف؟", "نريد أن يكون المؤتمر");
            assertThat(b.driver.findElement(By.id("co")).getText()).contains("دمشق", "الأمم المتحدة");
            b.screenshot("entity");
        }
    }

    @Test
    void keyboardReachesSearchFacetsAndEntityTooltips() throws Exception {
        try (Browser b = Browser.start(1280, 900)) {
            b.driver.get(srv.base + "/?q=" + TestServer.q("غوتيريش"));
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));
            new Actions(b.driver).sendKeys("/").perform();
            assertThat(b.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
            b.driver.findElement(By.cssSelector("li.hit h3 a")).click();
            WebElement ent = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ent.PER")));
            b.js("arguments[0].focus()", ent);
            WebElement tip = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tip")));
            assertThat(tip.getText()).contains("Antonio Guterres");
            ent.sendKeys(Keys.ENTER);
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.entity"), "أنطونيو غوتيريش"));
            assertThat(b.driver.findElement(By.id("said")).getText()).contains("الحوار هو الطريق الوحيد");
        }
    }

    @Test
    void onANarrowScreenThePanelsStackUnderTheText() throws Exception {
        try (Browser b = Browser.start(400, 900)) {
            b.driver.get(srv.base + "/?q=" + TestServer.q("لافروف"));
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));
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
