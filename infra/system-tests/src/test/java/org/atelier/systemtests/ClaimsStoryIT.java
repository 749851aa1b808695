package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * The internal regulation at work, in a real browser against the whole running system: the head of sales files a
 * claim against production, naming the customer it hurt (registered in loyalty, picked by name in the form's Find
 * step), production's head answers it, the chief executive puts it on a heads' meeting, takes attendance, sees the
 * money before confirming and upholds it; the ledger then shows −D for production, +C for sales and +(D − C) for the
 * annual pool, adding up to zero. With the year's default policy (5 000 basis points each) a shortfall of 100 000.00
 * gives D = 50 000.00, C = min(50 000.00, 25 000.00) = 25 000.00 and 25 000.00 to the pool.
 */
@Tag("slow")
class ClaimsStoryIT {

    private static final String CLAIMS = "claims-service";

    @Test
    void aClaimFiledAnsweredHeardAndUpheldMovesTheBonusMoneyTheLedgerShows() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "headless Chromium is not installed (apt-get install chromium chromium-driver)");
        SharedSystem system = SharedSystem.get();
        String claims = system.url(CLAIMS);
        String regulation = "story-delivery-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        WebDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

            // The regulation the claim cites, published by management.
            system.signIn(browser, claims + "/regulations/new?lang=en", "ceo");
            browser.findElement(By.id("reg-id")).sendKeys(regulation);
            browser.findElement(By.id("reg-name")).sendKeys("Delivery terms");
            browser.findElement(By.id("reg-text")).sendKeys("Production ships a contract's order within 10 working days.");
            new Select(browser.findElement(By.id("reg-owner"))).selectByValue("production");
            browser.findElement(By.id("bound-production")).click();
            setDate(browser, "reg-from", "2000-01-01");
            browser.findElement(By.id("submit-regulation")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("regulation-" + regulation + "-1")));
            signOut(browser);

            // The customer the breach hurt, registered in loyalty; claims knows it once its replica has read loyalty's topic.
            String customer = "Volga Textiles " + regulation.substring(regulation.lastIndexOf('-') + 1);
            HttpResponse<String> registered = system.api("loyalty-service", "POST", "/api/customers",
                    "{\"name\":\"" + customer + "\",\"significance\":\"KEY\"}");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            Matcher idField = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(registered.body());
            assertThat(idField.find()).as(registered.body()).isTrue();
            String customerId = idField.group(1);
            String search = "/api/customers?q=" + URLEncoder.encode(customer, StandardCharsets.UTF_8);
            await().atMost(Duration.ofSeconds(60)).until(() -> system.api(CLAIMS, "GET", search, null).body().contains(customerId));

            // The head of sales files against production, picking the customer by name in the form's Find step.
            system.signIn(browser, claims + "/claims/new?lang=en", "sales-head");
            browser.findElement(By.id("customer-query")).sendKeys(customer);
            browser.findElement(By.id("find-customer")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#customer option[value='" + customerId + "']")));
            assertThat(new Select(browser.findElement(By.id("customer"))).getFirstSelectedOption().getAttribute("value"))
                    .as("the single match is picked").isEqualTo(customerId);
            new Select(browser.findElement(By.id("respondent"))).selectByValue("production");
            browser.findElement(By.id("regulation")).sendKeys(regulation);
            setDate(browser, "happened-on", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString());
            browser.findElement(By.id("what-happened")).sendKeys("The uniforms for Volga Textiles shipped 12 days late");
            browser.findElement(By.id("consequences")).sendKeys("The customer cancelled its second order");
            browser.findElement(By.id("indicator")).sendKeys("Q revenue");
            browser.findElement(By.id("shortfall")).sendKeys("100000");
            browser.findElement(By.id("adjustment")).sendKeys("100000");
            browser.findElement(By.id("submit-claim")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim-status")));
            String claimId = browser.getCurrentUrl().replaceAll(".*/claims/([^/?#]+).*", "$1");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Claim of Sales against Production");
            assertThat(browser.findElement(By.id("customer")).getText()).isEqualTo(customer);
            signOut(browser);

            // Production's head states its position before the hearing.
            system.signIn(browser, claims + "/claims/" + claimId + "?lang=en", "production-head");
            browser.findElement(By.id("position-text")).sendKeys("The fabric came late from our supplier");
            browser.findElement(By.id("submit-position")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
            assertThat(browser.findElement(By.id("position")).getText()).isEqualTo("The fabric came late from our supplier");
            signOut(browser);

            // The chief executive plans the meeting, takes attendance and decides with the amounts shown first.
            system.signIn(browser, claims + "/meetings/new?lang=en", "ceo");
            setDate(browser, "date", today);
            browser.findElement(By.id("place-CLAIM-" + claimId)).sendKeys("1");
            browser.findElement(By.id("submit-plan")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attendance-form")));
            browser.findElement(By.cssSelector("input[name=present][value=sales-head]")).click();
            browser.findElement(By.cssSelector("input[name=present][value=production-head]")).click();
            browser.findElement(By.id("take-attendance")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("present")));
            assertThat(browser.findElement(By.id("present")).getText()).contains("sales-head", "production-head");
            new Select(browser.findElement(By.id("outcome-" + claimId))).selectByValue("UPHELD");
            browser.findElement(By.id("preview-button-" + claimId)).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-" + claimId)));
            assertThat(amount(browser.findElement(By.id("preview-deduction")))).isEqualByComparingTo("50000.00");
            assertThat(amount(browser.findElement(By.id("preview-compensation")))).isEqualByComparingTo("25000.00");
            assertThat(amount(browser.findElement(By.id("preview-pool")))).isEqualByComparingTo("25000.00");
            browser.findElement(By.id("confirm-" + claimId)).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));

            // The ledger: the decision's entries, each on its account, adding up to zero.
            browser.get(claims + "/claims/" + claimId + "?lang=en");
            assertThat(browser.findElement(By.id("claim-status")).getText()).isEqualTo("Upheld");
            browser.findElement(By.id("decision-ledger")).click();
            List<WebElement> rows = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#decision-entries tbody tr")));
            Map<String, BigDecimal> byAccount = rows.stream().map(row -> row.findElements(By.tagName("td")))
                    .collect(Collectors.toMap(cells -> cells.get(0).getText() + " " + cells.get(1).getText(), cells -> amount(cells.get(2))));
            assertThat(byAccount).containsOnlyKeys("Deduction Production", "Compensation Sales", "To the annual pool Annual pool");
            assertThat(byAccount.get("Deduction Production")).isEqualByComparingTo("-50000.00");
            assertThat(byAccount.get("Compensation Sales")).isEqualByComparingTo("25000.00");
            assertThat(byAccount.get("To the annual pool Annual pool")).isEqualByComparingTo("25000.00");
            assertThat(byAccount.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0");
            browser.get(claims + "/ledger/accounts/production?lang=en");
            assertThat(browser.getPageSource()).contains("/claims/" + claimId);
            assertThat(amount(browser.findElement(By.id("balance")))).isEqualByComparingTo("-50000.00");
        } finally {
            browser.quit();
        }
        assertThat(system.errorsInLog(CLAIMS)).isEmpty();
    }

    /** Signs out everywhere on this host: the service's and the provider's sessions are cookies of localhost. */
    private static void signOut(WebDriver browser) {
        browser.manage().deleteAllCookies();
    }

    private static void setDate(WebDriver browser, String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    /** An amount as the page shows it in English ("RUB 50,000.00", "-RUB 50,000.00", "−50 000,00 ₽"), as a number. */
    private static BigDecimal amount(WebElement element) {
        String text = element.getText().replace('\u2212', '-');
        boolean negative = text.contains("-");
        String digits = text.replaceAll("[^0-9.]", "");
        BigDecimal value = new BigDecimal(digits);
        return negative ? value.negate() : value;
    }
}
