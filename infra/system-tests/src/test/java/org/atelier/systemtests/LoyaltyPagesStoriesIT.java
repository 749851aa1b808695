package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Loyalty's pages in a real browser over the whole running system: one sign-in for every service and one sign-out
 * for all, sales' story of a key customer from registration to loss, and a refused form and the main pages at a
 * laptop's and a phone's size in both languages. None of them crashes or reconfigures a service, so they run on
 * the shared system.
 */
@Tag("slow")
class LoyaltyPagesStoriesIT {

    private static final String LOYALTY = "loyalty-service";

    private SharedSystem system;

    @BeforeEach
    void theSharedSystem() {
        assumeTrue(HeadlessChromium.installed(), "headless Chromium is not installed (apt-get install chromium chromium-driver)");
        system = SharedSystem.get();
    }

    @Test
    void oneSignInOpensEveryServiceAndOneSignOutClosesThemAll() throws Exception {
        String[] salesStaff = system.demoUser("sales-staff");
        String loyalty = system.url(LOYALTY);
        String survey = system.url("survey-service");
        WebDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

            browser.get(loyalty + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(salesStaff[0]);
            browser.findElement(By.id("password")).sendKeys(salesStaff[1]);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user"))).getText()).contains("sales");
            assertThat(browser.getCurrentUrl()).startsWith(loyalty + "/");

            browser.get(survey + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
            assertThat(browser.getCurrentUrl()).as("no second sign-in").startsWith(survey + "/");
            assertThat(browser.findElements(By.id("password"))).isEmpty();

            browser.findElement(By.id("sign-out")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));

            browser.get(loyalty + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
            assertThat(browser.findElements(By.id("signed-in-user"))).as("loyalty's session ended too").isEmpty();
            browser.get(survey + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
            assertThat(browser.findElements(By.id("signed-in-user"))).as("survey's session ended").isEmpty();
        } catch (RuntimeException | AssertionError failure) {
            throw HeadlessChromium.explained(browser, "loyalty-service", system.errorsInLog(LOYALTY), failure);
        } finally {
            browser.quit();
        }
    }

    @Test
    void salesRecordsAKeyCustomersPurchasesAndLossInTheLoyaltyPagesAndTheCardTellsItAll() throws Exception {
        String[] salesStaff = system.demoUser("sales-staff");
        String loyalty = system.url(LOYALTY);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        WebDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(loyalty + "/customers/new?lang=en");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(salesStaff[0]);
            browser.findElement(By.id("password")).sendKeys(salesStaff[1]);
            browser.findElement(By.cssSelector("button[type=submit]")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name"))).sendKeys("Volga Uniforms");
            browser.findElement(By.id("significance-KEY")).click();
            browser.findElement(By.id("register")).click();
            wait.until(ExpectedConditions.textToBe(By.id("customer-name"), "Volga Uniforms"));

            recordPurchase(browser, wait, "1250000.50", today.minusYears(1), "C-" + (today.getYear() - 1) + "-7");
            assertThat(browser.findElements(By.id("loyal"))).as("one year of purchases is not loyalty yet").isEmpty();
            recordPurchase(browser, wait, "980000", today, "C-" + today.getYear() + "-3");
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loyal"))).getText()).isEqualTo("LOYAL");
            // 1 point per full 100.00 RUB: 12 500 + 9 800 points to spend; only this year's 9 800 count toward the tier.
            assertThat(digits(browser.findElement(By.id("points-spendable")).getText())).isEqualTo("22300");
            assertThat(digits(browser.findElement(By.id("points-tier-points")).getText())).isEqualTo("9800");
            assertThat(browser.findElement(By.id("points-tier")).getText()).isEqualTo("Gold · 5%");

            browser.findElement(By.id("redeem-points")).sendKeys("300");
            browser.findElement(By.id("redeem-reference")).sendKeys("INV-42");
            browser.findElement(By.id("redeem")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
            assertThat(digits(browser.findElement(By.id("points-spendable")).getText())).isEqualTo("22000");
            assertThat(browser.findElement(By.id("points-tier")).getText()).as("spending keeps the tier").isEqualTo("Gold · 5%");

            browser.findElement(By.id("reward-what")).sendKeys("Visit to the plant");
            browser.findElement(By.id("reward-why")).sendKeys("Two years together");
            browser.findElement(By.id("grant-reward")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));

            browser.findElement(By.id("competitor")).sendKeys("Rival Textiles");
            browser.findElement(By.id("reason-STAFF_ATTITUDE")).click();
            browser.findElement(By.id("reason-PRICE_AND_DISCOUNTS")).click();
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("primaryReason"))).selectByValue("STAFF_ATTITUDE");
            browser.findElement(By.id("dept-logistics")).click();
            browser.findElement(By.id("record-loss")).click();
            wait.until(ExpectedConditions.textToBe(By.id("status"), "Lost"));

            String timeline = browser.findElement(By.id("timeline")).getText().replace('\u00a0', ' ');
            assertThat(timeline).contains("Registered as Volga Uniforms", "RUB 1,250,000.50", "RUB 980,000.00",
                    "Spent 300 points (RUB 300.00) on INV-42", "Reward: Visit to the plant, for Two years together",
                    "Left for Rival Textiles", "Improper attitude of staff (primary)", "Logistics");
            assertThat(timeline.indexOf("Left for Rival Textiles")).as("newest first").isLessThan(timeline.indexOf("Registered as"));

            browser.findElement(By.id("nav-programme")).click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tiers"))).getText()).contains("Gold", "Platinum");
            assertThat(browser.findElements(By.id("programme-form"))).as("sales reads the programme, marketing revises it").isEmpty();
            assertThat(browser.findElements(By.id("loyal"))).as("a lost customer is not loyal").isEmpty();
        } catch (RuntimeException | AssertionError failure) {
            throw HeadlessChromium.explained(browser, "loyalty-service", system.errorsInLog(LOYALTY), failure);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aRefusedFormIsInViewAfterTheReloadAndTheCardListAndPlansReadWellOnALaptopAndAPhoneInBothLanguages() throws Exception {
        String loyalty = system.url(LOYALTY);
        String customer = registerKeyCustomer("Onega Linen");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        for (String[] who : List.of(system.demoUser("sales-staff"), system.demoUser("finance"))) {
            WebDriver browser = HeadlessChromium.start();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                browser.get(loyalty + "/customers?lang=en");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(who[0]);
                browser.findElement(By.id("password")).sendKeys(who[1]);
                browser.findElement(By.cssSelector("button[type=submit]")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
                for (org.openqa.selenium.Dimension size : List.of(new org.openqa.selenium.Dimension(1366, 900),
                        new org.openqa.selenium.Dimension(390, 844))) {
                    browser.manage().window().setSize(size);
                    if (who[0].equals("sales-staff")) {
                        browser.get(loyalty + "/customers/" + customer + "?lang=en");
                        browser.findElement(By.id("amount")).sendKeys("twelve");
                        browser.findElement(By.id("contract")).sendKeys("C-1");
                        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                                "document.getElementById('purchase-date').value = arguments[0]", LocalDate.now().toString());
                        browser.findElement(By.id("record-purchase")).click();
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("purchase-errors")));
                        // Where the summary is on the screen: any of it in the viewport (a subpixel above the top counts).
                        Object where = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                                "const r = document.getElementById('purchase-errors').getBoundingClientRect();"
                                        + " return [r.top, r.bottom, window.innerHeight, window.innerWidth, window.scrollY].join(' ');");
                        String[] at = where.toString().split(" ");
                        assertThat(Double.parseDouble(at[1]) > 0 && Double.parseDouble(at[0]) < Double.parseDouble(at[2]))
                                .as("the refusal is in view at " + size + " (top, bottom, viewport height, width, scrolled): " + where).isTrue();
                        Files.write(shots.resolve("refused-purchase-" + size.getWidth() + "x" + size.getHeight() + ".png"),
                                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                    }
                    for (String language : List.of("en", "ru")) {
                        List<String[]> pages = who[0].equals("sales-staff")
                                ? List.of(new String[] {"card", "/customers/" + customer}, new String[] {"list", "/customers"})
                                : List.<String[]>of(new String[] {"plans", "/plans"});
                        for (String[] page : pages) {
                            browser.get(loyalty + page[1] + "?lang=" + language);
                            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kit-header")));
                            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
                            Files.write(shots.resolve(page[0] + "-" + language + "-" + size.getWidth() + "x" + size.getHeight() + ".png"), png);
                        }
                    }
                }
            } catch (RuntimeException | AssertionError failure) {
                throw HeadlessChromium.explained(browser, "loyalty-service", system.errorsInLog(LOYALTY), failure);
            } finally {
                browser.quit();
            }
        }
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    private static void recordPurchase(WebDriver browser, WebDriverWait wait, String amount, LocalDate date, String contract) {
        browser.findElement(By.id("amount")).sendKeys(amount);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('purchase-date').value = arguments[0]", date.toString());
        browser.findElement(By.id("contract")).sendKeys(contract);
        browser.findElement(By.id("record-purchase")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains(contract);
    }

    private String registerKeyCustomer(String name) {
        HttpResponse<String> response = system.api(LOYALTY, "POST", "/api/customers", "{\"name\":\"" + name + "\",\"significance\":\"KEY\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"?([^\",}\\s]+)").matcher(response.body());
        assertThat(id.find()).as(response.body()).isTrue();
        return id.group(1);
    }
}
