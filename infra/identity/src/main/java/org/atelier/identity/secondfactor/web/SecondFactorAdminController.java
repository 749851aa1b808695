package org.atelier.identity.secondfactor.web;

import java.security.Principal;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.secondfactor.application.RemovingSecondFactor;
import org.atelier.identity.user.Username;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On a user's admin page: whether they have a second factor, and removing it for someone who lost their phone
 * and their recovery codes ({@link RemovingSecondFactor}). {@code /admin/**} is for admins only.
 */
@Controller
class SecondFactorAdminController {

    private final RemovingSecondFactor removing;

    SecondFactorAdminController(RemovingSecondFactor removing) {
        this.removing = removing;
    }

    @PostMapping("/admin/users/{username}/second-factor/remove")
    String remove(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
        Username person = Username.of(username);
        try {
            redirect.addFlashAttribute(removing.remove(Username.of(admin.getName()), person)
                    ? "secondFactorRemoved" : "secondFactorNone", true);
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("refused", "rule." + refused.code());
        }
        return "redirect:/admin/users/" + person.value();
    }
}
