package org.atelier.identity.session.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.atelier.identity.session.SignedInSessions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own signed-in sessions: since when, from which browser, which applications they opened through
 * it, and "end this one" for any but the current (signing out ends that). Only the person's own sessions can be
 * seen or ended here.
 */
@Controller
@RequestMapping("/account/sessions")
class SessionsController {

    private final SignedInSessions sessions;

    SessionsController(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    String list(Principal principal, HttpServletRequest request, Model model) {
        model.addAttribute("sessions", sessions.of(principal.getName(), request.getSession().getId()));
        return "account/sessions";
    }

    @PostMapping("/end")
    String end(@RequestParam(name = "sid", defaultValue = "") String sid, Principal principal, RedirectAttributes redirect) {
        redirect.addFlashAttribute(sessions.endOne(principal.getName(), sid) ? "sessionEnded" : "sessionGone", true);
        return "redirect:/account/sessions";
    }
}
