package org.atelier.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in start page of a service that has no pages of its own yet: what the service is for, who is
 * signed in, links to the API documentation and the portal, and the sign-out button. A service with its own
 * start page turns it off with {@code atelier.ui.generic-home=false}.
 */
@Controller
class ServiceHomeController {

    private final UiProperties ui;
    private final SecurityProperties security;

    ServiceHomeController(UiProperties ui, SecurityProperties security) {
        this.ui = ui;
        this.security = security;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUserArgumentResolver.current();
        model.addAttribute("title", ui.title());
        model.addAttribute("description", ui.description());
        model.addAttribute("user", user);
        model.addAttribute("portal", security.issuer() + "/");
        return "atelier/home";
    }
}
