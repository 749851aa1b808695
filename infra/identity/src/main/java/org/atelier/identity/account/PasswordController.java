package org.atelier.identity.account;

import java.security.Principal;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.user.PasswordPolicy;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.ChangingOwnPassword;
import org.atelier.identity.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a signed-in user changes their own password. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private static final String VIEW = "account/password";

    private final ChangingOwnPassword changing;

    PasswordController(ChangingOwnPassword changing) {
        this.changing = changing;
    }

    @ModelAttribute("minLength")
    int minLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordForm());
        return VIEW;
    }

    @PostMapping
    String change(@ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal, RedirectAttributes redirect) {
        try {
            changing.change(Username.of(principal.getName()), new ChangingOwnPassword.Command(form.getCurrentPassword(),
                    form.getNewPassword(), form.getRepeatedPassword()));
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation);
            return VIEW;
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/";
    }
}
