package org.atelier.web.pages;

import org.atelier.security.UiProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in start page of a service that has no pages of its own yet, on the kit's layout: what the service is
 * for, links to the API documentation and the portal. A service with its own start page turns it off with
 * {@code atelier.ui.generic-home=false}.
 */
@Controller
class ServiceHomePage {

    private final UiProperties ui;

    ServiceHomePage(UiProperties ui) {
        this.ui = ui;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("title", ui.title());
        model.addAttribute("description", ui.description());
        return "kit/home";
    }
}
