package org.atelier.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The kit as a service without pages of its own uses it (survey, claims, reporting: the generic start page) and as
 * a service with a form and a list does (a sample page in the test resources).
 */
@SpringBootTest(classes = KitPagesTest.SampleService.class, properties = {"atelier.ui.title=Sample", "atelier.ui.description=Sample service.",
        "atelier.security.client-id=sample-ui", "atelier.security.shared-client-secret=sample-secret"})
@AutoConfigureMockMvc
class KitPagesTest {

    /** Not scanning: the kit's own controllers come from its auto-configuration, as in a service. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(SampleService.SamplePages.class)
    static class SampleService {

        @Controller
        static class SamplePages {

            @GetMapping("/sample")
            String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort,
                        @RequestParam(required = false) String dir, Model model) {
                model.addAttribute("paging", Paging.of(page, 10, 25));
                model.addAttribute("sorting", Sorting.of(sort, dir, java.util.Set.of("name", "amount"), "name"));
                return "sample/page";
            }

            @PostMapping("/sample")
            String send(@RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
                if (name == null || name.isBlank()) {
                    model.addAttribute("failure", new RefusedForm("sample", List.of(new RefusedForm.FieldError("name", "Fill in the name"),
                            new RefusedForm.FieldError("amount", "Fill in the amount")), Map.of()));
                    return list(0, null, null, model);
                }
                Flash.done(redirect, "sample.done");
                return "redirect:/sample";
            }
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theGenericStartPageIsOnTheKitWithTheHeaderAndTheLanguageSwitch() throws Exception {
        String english = send(get("/")).getContentAsString();
        String russian = send(get("/").cookie(new Cookie("atelier_locale", "ru"))).getContentAsString();

        assertThat(english).contains("data-kit-layout=\"atelier\"").contains("href=\"/kit/atelier.css\"").contains("href=\"/kit/favicon.svg\"")
                .contains("id=\"signed-in-user\">Ann Smith · sales<").contains("id=\"sign-out\"").contains(">Русский<")
                .contains("href=\"http://localhost:9000/\"");
        assertThat(russian).contains("lang=\"ru\"").contains(">English<").contains("Выйти").contains("Портал").doesNotContain("Sign out");
    }

    @Test
    void aRefusedFormShowsEveryReasonAtItsFieldAndInASummaryLinkedToThem() throws Exception {
        String page = send(post("/sample").param("name", "")).getContentAsString();

        assertThat(page).contains("id=\"sample-errors\"").contains("autofocus").contains("There are 2 problems")
                .contains("href=\"#sample-name\"").contains("href=\"#amount-input\"")
                .contains("<p class=\"error-text\" id=\"sample-name-error\"><span>Fill in the name</span></p>")
                .contains("aria-invalid=\"true\" aria-describedby=\"sample-name-error\"");
    }

    @Test
    void aFlashMessageIsShownOnceAfterTheRedirect() throws Exception {
        MockHttpServletResponse sent = send(post("/sample").param("name", "Ann"));

        assertThat(sent.getStatus()).isEqualTo(302);
        Object flash = sent.getHeader("Location") == null ? null : mvc.perform(post("/sample").param("name", "Ann").with(person()).with(csrf()))
                .andReturn().getFlashMap().get(Flash.ATTRIBUTE);
        String shown = mvc.perform(get("/sample").flashAttr(Flash.ATTRIBUTE, flash).with(person())).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("<div class=\"alert ok\" role=\"status\" id=\"done\">Sent.</div>");
    }

    @Test
    void pagesPastTheEndAreExplainedAndSortingKeepsTheFilters() throws Exception {
        String past = send(get("/sample?page=7&q=ann")).getContentAsString();
        String sorted = send(get("/sample?sort=name&q=ann")).getContentAsString();

        assertThat(past).contains("id=\"page-out-of-range\"").contains("There is no page 8: the list has 3 page(s).")
                .contains("href=\"/sample?q=ann&amp;page=0\"").doesNotContain("id=\"page-next\"");
        assertThat(sorted).contains("id=\"total\">Found: 25<").contains("aria-sort=\"ascending\"")
                .contains("href=\"/sample?q=ann&amp;sort=name&amp;dir=desc\"").contains("Page 1 of 3");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(person()).with(csrf())).andReturn().getResponse();
    }

    private static OidcLoginRequestPostProcessor person() {
        return oidcLogin().idToken(token -> token.subject("ann").claim("department", "sales").claim("roles", List.of("EMPLOYEE"))
                .claim("name", "Ann Smith"));
    }
}
