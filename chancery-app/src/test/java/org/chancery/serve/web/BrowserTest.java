package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reading room in a real browser: Debian's chromium, headless, driven by chromedriver. Skipped
 * when either is missing, unless {@code -Dchancery.browser.required=true} (CI), where that fails.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  static WebDriver browser;
  static Path profile;
  final TestRoom room = TestRoom.get();

  @BeforeAll
  static void startBrowser() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String missing =
          "chromium or chromedriver missing ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): apt-get install -y chromium chromium-driver";
      if (Boolean.getBoolean("chancery.browser.required")) fail(missing);
      Assumptions.abort(missing);
    }
    profile = Files.createTempDirectory("chancery-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 1000));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) browser.quit();
  }

  private WebElement await(By by) {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  private int total() {
    return Integer.parseInt(await(By.id("total")).getText());
  }

  private static void screenshot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name), png);
  }

  @Test
  void searchesOpensAResultAndNarrowsByAFacet() throws Exception {
    browser.get(room.url("/"));
    WebElement box = await(By.name("q"));
    box.sendKeys("army");
    box.submit();
    assertEquals(5, total());
    assertTrue(browser.getTitle().startsWith("army"), browser.getTitle());
    screenshot("search.png");

    browser.findElement(By.cssSelector("#facet-type a[href*='type=despatch']")).click();
    assertEquals(1, total());
    assertTrue(
        browser.findElement(By.cssSelector(".filters")).getText().contains("type: despatch"));
    browser.navigate().back();
    assertEquals(5, total());

    List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits a.title"));
    String title = hits.get(0).getText();
    hits.get(0).click();
    assertEquals(title, await(By.cssSelector("h1.head")).getText());
    assertTrue(
        browser
            .findElement(By.id("cite"))
            .getText()
            .contains("history.state.gov/historicaldocuments/"));
  }

  @Test
  void followsAReferenceToItsTargetAndReadsTheThread() throws Exception {
    browser.get(room.url("/"));
    WebElement box = await(By.name("q"));
    box.sendKeys("cabinet");
    box.submit();
    assertEquals(4, total());
    browser.findElement(By.cssSelector("#facet-type a[href*='type=telegram']")).click();
    assertEquals(3, total());
    screenshot("journey-1-search.png");

    browser.findElement(By.cssSelector("ol.hits a.title[href='/frus9999/d2']")).click();
    WebElement ref = await(By.cssSelector("article.document a.ref"));
    assertEquals("Your 237, April 30, 2 p.m.", ref.getText());
    screenshot("journey-2-reply.png");
    ref.click();

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlToBe(room.url("/frus9999/d1")));
    assertTrue(
        await(By.cssSelector("article.document .body")).getText().startsWith("237. The Princess"));
    assertTrue(browser.findElement(By.id("cited-by")).getText().contains("frus9999/d2"));
    WebElement current = browser.findElement(By.cssSelector("#thread [aria-current='page']"));
    assertTrue(current.getText().contains("No. 237"), current.getText());
    assertEquals(3, browser.findElements(By.cssSelector("#thread li")).size());
    screenshot("journey-3-target.png");

    browser.findElement(By.id("thread-page")).click();
    List<WebElement> rows =
        await(By.cssSelector("table.thread-table")).findElements(By.cssSelector("tbody tr"));
    assertEquals(
        List.of("237", "88", "241"),
        rows.stream().map(r -> r.findElements(By.tagName("td")).get(1).getText()).toList());
    assertTrue(rows.get(0).getAttribute("class").contains("current"));
    screenshot("journey-4-thread.png");
  }

  @Test
  void opensThePagesOfAPersonAndAFileFromADocument() throws Exception {
    browser.get(room.url("/frus9999/d2"));
    await(By.cssSelector("#people a[href='/people/lansing-robert']")).click();
    assertEquals("Robert Lansing", await(By.tagName("h1")).getText());
    assertTrue(browser.findElement(By.id("roles")).getText().contains("Secretary of State"));
    screenshot("person.png");
    browser.findElement(By.id("sent")).click();
    // Two telegrams and the "Memorandum by the Secretary of State" of May 6, 1919 (frus9999 d4).
    assertEquals(3, total());

    browser.get(room.url("/frus9999/d2"));
    await(By.cssSelector(".file-number a")).click();
    assertEquals("File 861.20", await(By.tagName("h1")).getText());
    assertEquals(5, total());
    assertTrue(
        browser.findElement(By.id("decoded")).getText().contains("Internal Affairs of States"));
    screenshot("file.png");
  }

  @Test
  void documentPageShowsTextAsTextAndRunsNoScriptFromIt() throws Exception {
    browser.get(room.url("/frus9998/d2"));
    String body = await(By.cssSelector("article.document")).getText();
    assertTrue(body.contains("<script>alert(1)</script>"), body);
    assertTrue(body.contains("<img src=x onerror=alert(2)>"), body);
    assertTrue(
        browser
            .findElements(By.cssSelector("article.document script, article.document img"))
            .isEmpty());
    browser.get(room.url("/frus9998/d1"));
    await(By.id("pg_2"));
    assertTrue(browser.findElement(By.id("cited-by")).getText().contains("frus9998/d2"));
    screenshot("document.png");
  }

  @Test
  void changingTheSortSubmitsTheFormWithTheSiteScript() {
    browser.get(room.url("/search?q=army"));
    await(By.name("sort"));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("sort")))
        .selectByValue("date");
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("sort=date"));
    assertEquals(
        "frus9998/d1",
        browser
            .findElement(By.cssSelector("ol.hits a.title"))
            .getAttribute("href")
            .replaceFirst("^http://[^/]+/", ""));
  }
}
