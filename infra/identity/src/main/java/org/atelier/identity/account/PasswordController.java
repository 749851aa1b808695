package org.atelier.identity.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.login.PasswordChangeRequired;
import org.atelier.identity.login.PersonSessions;
import org.atelier.identity.login.SignInThrottle;
import org.atelier.identity.user.PasswordPolicy;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.ChangingOwnPassword;
import org.atelier.identity.web.FormErrors;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a signed-in user changes their own password, and signs out their other sessions. The current password
 * is checked under the same throttle as sign-in, so a signed-in session cannot be used to guess it faster. A
 * change ends every other session of the person; after a change that was required (a temporary password) the
 * user continues where they were going, usually a UI's authorization request.
 */
@Controller
@RequestMapping("/account")
class PasswordController {

    private static final String VIEW = "account/password";

    private final ChangingOwnPassword changing;
    private final SignInThrottle throttle;
    private final PersonSessions sessions;
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    PasswordController(ChangingOwnPassword changing, SignInThrottle throttle, PersonSessions sessions) {
        this.changing = changing;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    @ModelAttribute("minLength")
    int minLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    @ModelAttribute("changeRequired")
    boolean changeRequired(HttpServletRequest request) {
        return PasswordChangeRequired.isRequired(request);
    }

    @GetMapping("/password")
    String form(Model model) {
        model.addAttribute("form", new PasswordForm());
        return VIEW;
    }

    @PostMapping("/password")
    String change(@ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        String username = principal.getName();
        Optional<Duration> wait = throttle.retryAfter(username, request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            FormErrors.reject(result, new RuleViolation("currentPassword", "password.throttled",
                    "Too many wrong passwords. Please try again in {0} seconds", seconds));
            return VIEW;
        }
        try {
            changing.change(Username.of(username), new ChangingOwnPassword.Command(form.getCurrentPassword(),
                    form.getNewPassword(), form.getRepeatedPassword()));
        } catch (RuleViolation violation) {
            if ("password.currentWrong".equals(violation.code())) {
                throttle.failed(username, request.getRemoteAddr());
            }
            FormErrors.reject(result, violation);
            return VIEW;
        }
        throttle.succeeded(username);
        sessions.endAllBut(username, request.getSession().getId());
        redirect.addFlashAttribute("passwordChanged", true);
        if (PasswordChangeRequired.satisfied(request)) {
            SavedRequest waiting = savedRequests.getRequest(request, response);
            if (waiting != null) {
                savedRequests.removeRequest(request, response);
                return "redirect:" + waiting.getRedirectUrl();
            }
        }
        return "redirect:/";
    }

    /** "Sign out everywhere else": after a shared computer, or a suspicion; this session stays. */
    @PostMapping("/sessions/end-others")
    String endOtherSessions(Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
        sessions.endAllBut(principal.getName(), request.getSession().getId());
        redirect.addFlashAttribute("sessionsEnded", true);
        return "redirect:/account/password";
    }
}
