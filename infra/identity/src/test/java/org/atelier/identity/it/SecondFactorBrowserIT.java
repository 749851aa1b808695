package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The second-factor story in a real browser: a manager, whose role requires a second factor, signs in, is sent to
 * set one up, reads the key off the page into their "app" (here a computed code), keeps the recovery codes, and
 * from then on signs in with password and code. Skipped where Chromium is not installed.
 */
class SecondFactorBrowserIT extends RunningProvider {

    private static final Duration PAGE = Duration.ofSeconds(20);

    private WebDriver chromium;

    @AfterEach
    void closeTheBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    void aManagerEnrolsAnAuthenticatorAndThenSignsInWithItsCode() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "Chromium and ChromeDriver are not installed");
        String username = newUser("top-management", ManagementLevel.TOP_MANAGEMENT, EnumSet.of(Role.EMPLOYEE, Role.MANAGEMENT));
        chromium = HeadlessChromium.start();

        chromium.get(baseUrl() + "/");
        signIn(username);

        awaitPath("/account/second-factor");
        assertThat(text(By.tagName("main"))).contains("Your role requires a second factor");
        String key = text(By.id("secret"));
        assertThat(chromium.findElement(By.id("otpauth")).getAttribute("href")).startsWith("otpauth://totp/Atelier:" + username);
        WebElement qrCode = chromium.findElement(By.cssSelector("#qr-code svg"));
        assertThat(qrCode.isDisplayed()).isTrue();
        assertThat(qrCode.getSize().getWidth()).as("big enough for a phone's camera").isGreaterThanOrEqualTo(150);
        assertThat(chromium.findElement(By.id("qr-code")).getAttribute("aria-label")).isNotBlank();
        Authenticator app = Authenticator.fromPage(key);
        chromium.findElement(By.id("code")).sendKeys(app.currentCode());
        chromium.findElement(By.cssSelector("main form button[type=submit]")).click();

        await().atMost(PAGE).until(() -> !chromium.findElements(By.cssSelector("#recovery-codes li")).isEmpty());
        List<WebElement> recoveryCodes = chromium.findElements(By.cssSelector("#recovery-codes li"));
        assertThat(recoveryCodes).hasSize(10);
        chromium.findElement(By.cssSelector("main a.primary")).click();
        awaitPath("/");
        assertThat(text(By.tagName("h1"))).contains("Test " + username);

        chromium.findElement(By.cssSelector("header form button")).click();
        awaitPath("/login");
        chromium.get(baseUrl() + "/");
        signIn(username);
        awaitPath("/login/code");
        chromium.findElement(By.id("code")).sendKeys(app.nextCode());
        chromium.findElement(By.cssSelector("main form button[type=submit]")).click();

        awaitPath("/");
        assertThat(text(By.tagName("h1"))).contains("Test " + username);
    }

    private void signIn(String username) {
        awaitPath("/login");
        chromium.findElement(By.id("username")).sendKeys(username);
        chromium.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private void awaitPath(String path) {
        await().atMost(PAGE).until(() -> java.net.URI.create(chromium.getCurrentUrl()).getPath().equals(path));
    }

    private String text(By element) {
        return chromium.findElement(element).getText();
    }
}
