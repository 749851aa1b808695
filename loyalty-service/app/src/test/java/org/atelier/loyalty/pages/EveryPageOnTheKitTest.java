package org.atelier.loyalty.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page of every service with pages is built on the kit's layout: each template under templates/ (fragments
 * apart) replaces its document with {@code kit/layout :: page(...)}. Survey, claims and reporting have no templates of
 * their own yet and show the kit's start page; when they get pages, this test covers them too.
 */
class EveryPageOnTheKitTest {

    /** From loyalty-service/app, where the build runs its tests. */
    private static final List<Path> SERVICES = List.of(Path.of("src/main/resources/templates"),
            Path.of("../../survey-service/app/src/main/resources/templates"),
            Path.of("../../claims-service/app/src/main/resources/templates"),
            Path.of("../../reporting-service/app/src/main/resources/templates"));

    @Test
    void everyTemplateOfEveryServiceDeclaresTheKitLayout() throws IOException {
        List<Path> pages = SERVICES.stream().filter(Files::isDirectory).flatMap(EveryPageOnTheKitTest::templates)
                .filter(path -> !path.toString().contains("/fragments/"))
                .filter(path -> !path.toString().contains("survey-service/app/src/main/resources/templates/answer/")).toList();

        assertThat(pages).as("loyalty's pages are found").hasSizeGreaterThanOrEqualTo(6);
        for (Path page : pages) {
            assertThat(Files.readString(page)).as(page.toString()).containsPattern("th:replace=\"~\\{kit/layout :: page\\(");
        }
    }

    private static Stream<Path> templates(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".html")).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
