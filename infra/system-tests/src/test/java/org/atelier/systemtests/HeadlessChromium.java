package org.atelier.systemtests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium, the one the machine's package manager installs ({@code apt-get install chromium
 * chromium-driver}), started the way that works on a closed network: no background traffic, a fresh profile.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    static WebDriver start() throws IOException {
        return start(new ChromeOptions());
    }

    /**
     * A Chromium that shows pages as a phone of this width (CSS pixels) does: its viewport, its touch screen and its
     * pixel ratio, so the page's own {@code meta viewport} and media queries apply as on the phone.
     */
    static WebDriver startAtPhoneWidth(int width) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", width, "height", 844, "pixelRatio", 3.0, "touch", true)));
        return start(options);
    }

    private static WebDriver start(ChromeOptions options) throws IOException {
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("atelier-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** A failed browser step, with what the browser showed and the errors the service logged, so the report explains itself. */
    static AssertionError explained(WebDriver browser, String service, String errorsInLog, Throwable failure) {
        return new AssertionError("Browser at " + browser.getCurrentUrl() + " showing:\n" + browser.getPageSource()
                + "\nErrors in the " + service + " log:\n" + errorsInLog, failure);
    }
}
