package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every department's start page and every dashboard, on a phone: a real headless Chromium emulating a 390 px wide
 * screen opens each page signed in as the chief executive (who may open them all), in both languages, and the page
 * must not scroll sideways (a wide table scrolls inside its own box, the page does not). A screenshot of each is
 * left in {@code target/phone-width/} for a person to look at.
 */
@Tag("slow")
class PhoneWidthIT {

    private static final int PHONE_WIDTH = 390;
    private static final Path SCREENSHOTS = Path.of("target", "phone-width");

    private record Page(String service, String path) {

        String fileName(String language) {
            String name = path.equals("/") ? "home" : path.substring(1).replaceAll("[^A-Za-z0-9]+", "-");
            return service.replace("-service", "") + "-" + name + "-" + language + ".png";
        }
    }

    private static final List<Page> PAGES = List.of(
            new Page("loyalty-service", "/customers"),
            new Page("survey-service", "/"),
            new Page("claims-service", "/"),
            new Page("reporting-service", "/"),
            new Page("reporting-service", "/churn"),
            new Page("reporting-service", "/exit-interviews"),
            new Page("reporting-service", "/matrix"),
            new Page("reporting-service", "/claims"),
            new Page("reporting-service", "/pool"),
            new Page("reporting-service", "/who-sewed-the-suit"),
            new Page("reporting-service", "/scorecard"),
            new Page("reporting-service", "/scorecard/logistics"),
            new Page("reporting-service", "/churn/losses"),
            new Page("reporting-service", "/exit-interviews/cases?step=opened"),
            new Page("reporting-service", "/claims/list?count=filed"));

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"ru", "en"})
    void noPageScrollsSidewaysOnAPhone(String language) throws Exception {
        assumeTrue(HeadlessChromium.installed(), "headless Chromium is not installed (apt-get install chromium chromium-driver)");
        SharedSystem system = SharedSystem.get();
        loseACustomerWithALongName(system);
        Files.createDirectories(SCREENSHOTS);

        WebDriver browser = HeadlessChromium.startAtPhoneWidth(PHONE_WIDTH);
        List<String> overflowing = new ArrayList<>();
        try {
            system.signIn(browser, system.url("reporting-service") + "/?lang=" + language, "ceo");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            for (Page page : PAGES) {
                // Signed in at the provider once: the other services sign the browser in on the way, without a form.
                browser.get(system.url(page.service()) + page.path() + (page.path().contains("?") ? "&" : "?") + "lang=" + language);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
                long pageWidth = ((Number) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth;")).longValue();
                long screenWidth = ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).longValue();
                Files.write(SCREENSHOTS.resolve(page.fileName(language)),
                        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                if (pageWidth > screenWidth) {
                    overflowing.add(page.service() + page.path() + " is " + pageWidth + " px wide on a " + screenWidth + " px screen");
                }
            }
        } finally {
            browser.quit();
        }
        assertThat(overflowing).as("pages that scroll sideways on a phone").isEmpty();
    }

    /** A lost key customer whose long name and reasons fill the churn tables, as another system records it. */
    private static void loseACustomerWithALongName(SharedSystem system) {
        String name = "Общество с ограниченной ответственностью «Северная текстильная мануфактура» "
                + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> registered = system.api("loyalty-service", "POST", "/api/customers", """
                {"name":"%s","significance":"KEY"}""".formatted(name));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"?([^\",}\\s]+)").matcher(registered.body());
        assertThat(id.find()).as(registered.body()).isTrue();
        HttpResponse<String> lost = system.api("loyalty-service", "POST", "/api/customers/" + id.group(1) + "/loss", """
                {"competitor":"Rival Textiles International Holding","lostOn":"%s","reasons":[
                  {"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":["logistics","sales"]},
                  {"code":"PRICE_AND_DISCOUNTS","primary":false,"departmentsAtFault":[]}]}""".formatted(
                LocalDate.now(ZoneOffset.UTC).minusDays(1)));
        assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
    }
}
