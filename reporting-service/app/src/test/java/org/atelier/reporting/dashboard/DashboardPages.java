package org.atelier.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** What the dashboards' page tests share: a person signed in at the provider, and a page read by element id. */
final class DashboardPages {

    private DashboardPages() {
    }

    static OidcLoginRequestPostProcessor person(String username, String department, String... roles) {
        return oidcLogin().idToken(token -> token.subject(username).claim("department", department)
                .claim("roles", List.of(roles)).claim("name", username));
    }

    /** The text of the element with this id as a reader sees it: tags gone, spaces (no-break ones too) collapsed. */
    static String text(String html, String id) {
        Element element = Jsoup.parse(html).getElementById(id);
        assertThat(element).as("element #" + id + " in the page").isNotNull();
        return element.text().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
