package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Management's dashboards in a real browser over the whole running system: the overview follows a loss recorded in
 * loyalty by itself, a number opens the losses behind it, the downloads hold the table the page shows, the what-if
 * recomputes the pool, the heatmap's level switch shows each level's cells, and a department head reads their own
 * scorecard and no other.
 */
@Tag("slow")
class DashboardStoriesIT {

    private static final String REPORTING = "reporting-service";
    /** Yesterday: a loss may not be dated in the future. */
    private static final LocalDate LOST_ON = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    private SharedSystem system;
    private String reporting;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void theSharedSystemAndABrowser() {
        assumeTrue(HeadlessChromium.installed(), "headless Chromium is not installed (apt-get install chromium chromium-driver)");
        system = SharedSystem.get();
        reporting = system.url(REPORTING);
    }

    @Test
    void theOverviewFollowsANewLossByItselfAndItsNumberOpensTheLossesBehindItWhoseDownloadsHoldThePagesTable() throws Exception {
        int year = LOST_ON.getYear();
        inBrowser("ceo", reporting + "/?lang=en&year=" + year, (browser, wait) -> {
            int before = Integer.parseInt(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("key-lost-now"))).getText()
                    .replaceAll("\\D", ""));
            String customer = "Dashboard Linen " + suffix;
            loseKeyCustomer(customer);

            // No reload: the page fetches itself again every few seconds and shows the new figure.
            new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1)).until(driver ->
                    Integer.parseInt(driver.findElement(By.id("key-lost-now")).getText().replaceAll("\\D", "")) == before + 1);

            browser.findElement(By.id("figure-key-lost")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("by-primary-reason")));
            List<List<String>> onThePage = table(browser, "by-primary-reason");

            String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('by-primary-reason-csv').href).then(r => r.text()).then(done);");
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
            assertThat(records.get(0).values()).as("the CSV's header is the page's").containsExactlyElementsOf(onThePage.get(0));
            for (int i = 1; i < onThePage.size(); i++) {
                assertThat(List.of(records.get(i).values())).as("CSV row " + i).isEqualTo(onThePage.get(i));
            }

            String xlsx = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('by-primary-reason-xlsx').href).then(r => r.arrayBuffer())"
                            + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(xlsx)))) {
                Sheet sheet = book.getSheetAt(0);
                for (int i = 1; i < onThePage.size(); i++) {
                    Row row = sheet.getRow(i);
                    assertThat(row.getCell(0).getStringCellValue()).as("XLSX row " + i).isEqualTo(onThePage.get(i).get(0));
                    assertThat((long) row.getCell(1).getNumericCellValue()).as("a number, as on the page")
                            .isEqualTo(Long.parseLong(onThePage.get(i).get(1).replaceAll("\\D", "")));
                }
            }

            browser.findElement(By.cssSelector("#by-primary-reason a[href*='primaryReason=STAFF_ATTITUDE']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("losses-count")));
            assertThat(browser.findElement(By.id("loss-list")).getText()).contains(customer);
            return null;
        });
    }

    @Test
    void theWhatIfRecomputesThePoolBesideTheRealFiguresAndStoresNothing() throws Exception {
        int year = LOST_ON.getYear();
        inBrowser("finance", reporting + "/pool?lang=en&year=" + year, (browser, wait) -> {
            String realGate = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gate"))).getText();
            browser.findElement(By.id("whatif-headcount")).sendKeys("40");
            new Select(browser.findElement(By.id("whatif-gate-rule"))).selectByValue("PREVIOUS_YEAR");
            browser.findElement(By.id("whatif-apply")).click();
            WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whatif-table")));
            assertThat(table.findElement(By.id("whatif-gate")).getText()).startsWith("Gate " + realGate);
            assertThat(browser.getCurrentUrl()).as("a what-if is a link to share").contains("headcount=40").contains("gateRule=PREVIOUS_YEAR");

            browser.findElement(By.id("whatif-reset")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gate")));
            assertThat(browser.findElements(By.id("whatif-table"))).isEmpty();
            assertThat(browser.findElement(By.id("gate")).getText()).as("nothing was stored").isEqualTo(realGate);
            return null;
        });
    }

    @Test
    void aDepartmentHeadReadsTheirOwnScorecardWithTheLossThatBlamedItAndIsRefusedAnother() throws Exception {
        int year = LOST_ON.getYear();
        loseKeyCustomer("Scorecard Linen " + suffix);
        inBrowser("logistics-head", reporting + "/scorecard?lang=en&year=" + year, (browser, wait) -> {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scorecard-title")));
            assertThat(browser.getCurrentUrl()).contains("/scorecard/logistics");
            assertThat(browser.findElement(By.id("scorecard-title")).getText()).isEqualTo("Scorecard: Logistics");
            new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1)).until(driver ->
                    Integer.parseInt(driver.findElement(By.id("losses-naming-it")).getText().replaceAll("\\D", "")) >= 1);

            browser.get(reporting + "/scorecard/sales?lang=en&year=" + year);
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refused"))).getText())
                    .contains("their own department only");
            return null;
        });
    }

    /** The cells' texts of a table, the header row first, spaces as a person reads them. */
    private static List<List<String>> table(WebDriver browser, String id) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#" + id + " tr"))) {
            List<String> cells = new ArrayList<>();
            for (WebElement cell : row.findElements(By.cssSelector("th, td"))) {
                cells.add(cell.getText().replace('\u00a0', ' ').strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theHeatmapsLevelSwitchChangesTheCellsToThoseOfTheLevelChosen() throws Exception {
        // Three division heads mark delivery R for logistics, sales' and marketing's commercial staff mark it P.
        // Everyone: R 3 of 5 = 60 %, P 2 of 5 = 40 %. Heads only: R 3 of 3 = 100 %, P 0 %.
        String ceo = system.personToken("ceo", "survey-service");
        HttpResponse<String> opened = system.api("survey-service", "POST", "/api/matrix-campaigns", """
                {"title":"Heatmap %s","endsOn":"%s","departments":["sales","marketing","logistics","production"]}"""
                .formatted(suffix, LocalDate.now(ZoneOffset.UTC).plusDays(7)), ceo);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(opened.body());
        assertThat(id.find()).as(opened.body()).isTrue();
        String campaign = id.group(1);
        for (String head : List.of("sales-head", "logistics-head", "production-head")) {
            respond(campaign, head, "R");
        }
        for (String staff : List.of("sales-staff", "marketing-staff")) {
            respond(campaign, staff, "P");
        }

        inBrowser("ceo", reporting + "/matrix/" + campaign + "?lang=en", (browser, wait) -> {
            // The survey's events reach the read model within seconds; until then the page says it does not know the campaign.
            wait.until(driver -> {
                List<WebElement> cell = driver.findElements(By.id("cell-delivery-logistics"));
                if (!cell.isEmpty() && cell.get(0).getText().equals("60% / 40%")) {
                    return true;
                }
                driver.navigate().refresh();
                return false;
            });
            assertThat(browser.findElement(By.id("level-ALL")).getAttribute("aria-current")).isEqualTo("page");

            browser.findElement(By.id("level-DIVISION_HEAD")).click();
            wait.until(ExpectedConditions.textToBe(By.id("cell-delivery-logistics"), "100% / 0%"));
            assertThat(browser.getCurrentUrl()).as("the level is in the link, to share").contains("level=DIVISION_HEAD");
            assertThat(browser.findElement(By.id("level-DIVISION_HEAD")).getAttribute("aria-current")).isEqualTo("page");

            browser.findElement(By.id("level-COMMERCIAL_STAFF")).click();
            wait.until(ExpectedConditions.urlContains("level=COMMERCIAL_STAFF"));
            assertThat(browser.findElements(By.id("cell-delivery-logistics"))).as("two respondents: below the anonymity threshold").isEmpty();
            return null;
        });
    }

    private void respond(String campaign, String username, String mark) {
        HttpResponse<String> response = system.api("survey-service", "POST", "/api/matrix-campaigns/" + campaign + "/response", """
                {"cells":[{"task":"delivery","department":"logistics","mark":"%s"}]}""".formatted(mark),
                system.personToken(username, "survey-service"));
        assertThat(response.statusCode()).as(username + ": " + response.body()).isBetween(200, 201);
    }

    /** A key customer registered and lost through loyalty's API, blaming logistics' staff, as another system records it. */
    private void loseKeyCustomer(String name) {
        HttpResponse<String> registered = system.api("loyalty-service", "POST", "/api/customers", """
                {"name":"%s","significance":"KEY"}""".formatted(name));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"?([^\",}\\s]+)").matcher(registered.body());
        assertThat(id.find()).as(registered.body()).isTrue();
        HttpResponse<String> lost = system.api("loyalty-service", "POST", "/api/customers/" + id.group(1) + "/loss", """
                {"competitor":"Rival Textiles","lostOn":"%s","reasons":[
                  {"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":["logistics"]}]}""".formatted(LOST_ON));
        assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
    }

    /** Signs the demo user in at {@code url} in a browser of their own, runs the steps, and closes the browser. */
    private <T> T inBrowser(String username, String url, Steps<T> steps) throws Exception {
        WebDriver browser = HeadlessChromium.start();
        try {
            system.signIn(browser, url, username);
            return steps.run(browser, new WebDriverWait(browser, Duration.ofSeconds(30)));
        } catch (RuntimeException | AssertionError failure) {
            throw HeadlessChromium.explained(browser, "reporting-service", system.errorsInLog(REPORTING), failure);
        } finally {
            browser.quit();
        }
    }

    @FunctionalInterface
    private interface Steps<T> {
        T run(WebDriver browser, WebDriverWait wait) throws Exception;
    }
}
