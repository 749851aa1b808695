package org.atelier.identity.session.web;

import org.atelier.identity.session.SignedInSessions;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.FindingUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An admin ends every session of one person, everywhere: their provider sessions, the refresh tokens the UIs
 * hold for them, and, by back-channel logout, the UIs' sessions. For a lost laptop or an account in other
 * hands; the person can sign in again at once (deactivate them to stop that). The admin pages are for
 * {@code ADMIN} only (the security configuration's rule for {@code /admin/**}).
 */
@Controller
class SessionsAdminController {

    private final SignedInSessions sessions;
    private final FindingUsers users;

    SessionsAdminController(SignedInSessions sessions, FindingUsers users) {
        this.sessions = sessions;
        this.users = users;
    }

    @PostMapping("/admin/users/{username}/end-sessions")
    String endEverywhere(@PathVariable String username, RedirectAttributes redirect) {
        Username person = users.get(Username.of(username)).username();
        sessions.endEverywhere(person.value());
        redirect.addFlashAttribute("sessionsEnded", true);
        return "redirect:/admin/users/" + person.value();
    }
}
