package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The survey's stories in a real browser over the whole running system: a responsibility-matrix campaign from its
 * opening to a counted submission, and the exit interview of a lost customer, recorded by the account manager or
 * answered by the former customer through a link.
 */
@Tag("slow")
class SurveyStoriesIT {

    private static final String SURVEY = "survey-service";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    /** Yesterday: a loss may not be dated in the future, and the interview is held on or after it. */
    private static final LocalDate LOST_ON = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    private SharedSystem system;
    private String survey;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void theSharedSystemAndABrowser() {
        assumeTrue(HeadlessChromium.installed(), "headless Chromium is not installed (apt-get install chromium chromium-driver)");
        system = SharedSystem.get();
        survey = system.url(SURVEY);
    }

    @Test
    void managementOpensAMatrixCampaignARespondentKeepsADraftWithTwoOwnersSubmitsAndTheProgressCountsIt() throws Exception {
        String title = "Matrix " + suffix;
        String campaignPage = inBrowser("ceo", survey + "/campaigns/new?lang=en", (browser, wait) -> {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title"))).sendKeys(title);
            assertThat(browser.findElement(By.id("department-logistics")).isSelected()).as("every department invited by default").isTrue();
            browser.findElement(By.id("open-submit")).click();
            wait.until(ExpectedConditions.textToBe(By.id("campaign-state"), "Open"));
            assertThat(browser.findElement(By.id("campaign-submitted")).getText()).startsWith("0 of ");
            return browser.getCurrentUrl().replaceFirst("[?#].*$", "");
        });
        String campaignId = campaignPage.substring(campaignPage.lastIndexOf('/') + 1);

        inBrowser("logistics-head", survey + "/surveys?lang=en", (browser, wait) -> {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#survey-" + campaignId + " a"))).click();
            List<WebElement> rows = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matrix-table")))
                    .findElements(By.cssSelector("tbody tr"));
            assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
            // One owner on every row, then a second one on delivery: the finding the form warns about and accepts.
            for (WebElement row : rows) {
                String task = row.getAttribute("id").substring("row-".length());
                mark(browser, task, "sales", "R");
            }
            mark(browser, "delivery", "logistics", "R");
            mark(browser, "delivery", "production", "P");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("warning-delivery")));
            assertThat(browser.findElement(By.id("warning-delivery")).getText()).contains("Several departments are marked R");
            assertThat(browser.findElement(By.id("warning-pricing")).isDisplayed()).isFalse();

            browser.findElement(By.id("cell-contract-fulfilment-sales")).sendKeys(Keys.ARROW_DOWN);
            assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the arrow keys move between cells").isEqualTo("cell-pricing-sales");
            assertThat(new Select(browser.findElement(By.id("cell-contract-fulfilment-sales"))).getFirstSelectedOption().getAttribute("value"))
                    .as("moving leaves the cell as it was").isEqualTo("R");

            browser.findElement(By.id("save-draft")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
            assertThat(browser.findElement(By.id("warning-delivery")).isDisplayed()).as("the warning after the draft, from the server").isTrue();

            browser.get(survey + "/surveys");
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-" + campaignId))).getText()).contains("Draft saved");
            browser.findElement(By.cssSelector("#survey-" + campaignId + " a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matrix-table")));
            assertThat(new Select(browser.findElement(By.id("cell-delivery-logistics"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("R");
            assertThat(new Select(browser.findElement(By.id("cell-delivery-production"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("P");
            assertThat(browser.findElement(By.id("warning-delivery")).isDisplayed()).isTrue();

            browser.findElement(By.id("confirm")).click();
            browser.findElement(By.id("submit-response")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submitted")));
            assertThat(browser.findElements(By.id("matrix-table"))).as("a submitted response shows no form").isEmpty();
            return null;
        });

        inBrowser("ceo", campaignPage + "?lang=en", (browser, wait) -> {
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaign-submitted"))).getText()).startsWith("1 of ");
            assertThat(browser.findElement(By.cssSelector("#progress-DIVISION_HEAD-logistics td:last-child")).getText()).isEqualTo("1");
            assertThat(browser.getPageSource()).as("progress names nobody").doesNotContain("logistics-head");
            return null;
        });
    }

    @Test
    void aLossRecordedInLoyaltyOpensACaseThatTheAccountManagerCompletesFromTheWorklist() throws Exception {
        String customer = "Onega Workwear " + suffix;
        loseCustomer(customer);

        inBrowser("sales-staff", survey + "/worklist?lang=en", (browser, wait) -> {
            openCase(browser, wait, customer);
            assertThat(browser.findElement(By.id("tone")).getText()).contains("former partner");
            browser.findElement(By.id("reason-PRICE_AND_DISCOUNTS")).click();
            browser.findElement(By.id("primary-PRICE_AND_DISCOUNTS")).click();
            browser.findElement(By.id("would-return-MAYBE")).click();
            browser.findElement(By.cssSelector("#interview-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.id("case-state"), "Completed"));
            assertThat(browser.findElement(By.id("answers")).getText()).contains("Price and discounts");
            return null;
        });
    }

    @Test
    void aSelfServiceLinkIsAnsweredWithoutSignInOnceAndRefusedWhenOpenedAgain() throws Exception {
        String customer = "Kama Textiles " + suffix;
        loseCustomer(customer);

        String link = inBrowser("sales-staff", survey + "/worklist?lang=en", (browser, wait) -> {
            openCase(browser, wait, customer);
            browser.findElement(By.cssSelector("#link-form button")).click();
            return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#issued-link code"))).getText().strip();
        });
        assertThat(link).contains("/answer/");

        WebDriver customerBrowser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(customerBrowser, Duration.ofSeconds(30));
            customerBrowser.get(link + "?lang=en");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form")));
            assertThat(customerBrowser.findElements(By.id("password"))).as("no sign-in").isEmpty();
            customerBrowser.findElement(By.id("reason-ASSORTMENT")).click();
            customerBrowser.findElement(By.id("primary-ASSORTMENT")).click();
            customerBrowser.findElement(By.id("would-return-NO")).click();
            customerBrowser.findElement(By.cssSelector("#answer-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));

            customerBrowser.get(link + "?lang=en");
            WebElement refusal = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refusal")));
            assertThat(refusal.getAttribute("data-refusal")).isEqualTo("USED");
            assertThat(refusal.getText()).contains("answered already");
        } catch (RuntimeException | AssertionError failure) {
            throw failure(customerBrowser, failure);
        } finally {
            customerBrowser.quit();
        }

        inBrowser("sales-staff", survey + "/worklist?lang=en", (browser, wait) -> {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(customer))).click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-state"))).getText())
                    .as("the customer's answers completed the case").isEqualTo("Completed");
            return null;
        });
    }

    /** A key customer of sales-staff, registered and lost through loyalty's API as another system records them. */
    private void loseCustomer(String name) {
        HttpResponse<String> registered = system.api("loyalty-service", "POST", "/api/customers", """
                {"name":"%s","significance":"KEY","accountManager":"sales-staff","department":"sales"}""".formatted(name));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"?([^\",}\\s]+)").matcher(registered.body());
        assertThat(id.find()).as(registered.body()).isTrue();
        HttpResponse<String> lost = system.api("loyalty-service", "POST", "/api/customers/" + id.group(1) + "/loss", """
                {"competitor":"Rival Textiles","lostOn":"%s","reasons":[
                  {"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":["logistics"]}]}""".formatted(LOST_ON));
        assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
    }

    /** The case appears on the worklist once survey has read the loss; then its page. */
    private static void openCase(WebDriver browser, WebDriverWait wait, String customer) {
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.navigate().refresh();
            return !browser.findElements(By.linkText(customer)).isEmpty();
        });
        browser.findElement(By.linkText(customer)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("interview-form")));
    }

    private static void mark(WebDriver browser, String task, String department, String mark) {
        new Select(browser.findElement(By.id("cell-" + task + "-" + department))).selectByValue(mark);
    }

    /** Signs the demo user in at {@code url} in a browser of their own, runs the steps, and closes the browser. */
    private <T> T inBrowser(String username, String url, Steps<T> steps) throws Exception {
        WebDriver browser = HeadlessChromium.start();
        try {
            system.signIn(browser, url, username);
            return steps.run(browser, new WebDriverWait(browser, Duration.ofSeconds(30)));
        } catch (RuntimeException | AssertionError failure) {
            throw failure(browser, failure);
        } finally {
            browser.quit();
        }
    }

    private AssertionError failure(WebDriver browser, Throwable failure) {
        return HeadlessChromium.explained(browser, "survey-service", system.errorsInLog(SURVEY), failure);
    }

    @FunctionalInterface
    private interface Steps<T> {
        T run(WebDriver browser, WebDriverWait wait) throws Exception;
    }
}
