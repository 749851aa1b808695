package org.atelier.identity.secondfactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Optional;
import org.atelier.identity.secondfactor.SecondFactor;
import org.atelier.identity.secondfactor.application.CheckingSecondFactor;
import org.atelier.identity.user.ConcurrentChange;
import org.atelier.identity.user.Username;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-in's second step: after the password, the code from the person's app, or a recovery code. Wrong
 * codes are slowed down as wrong passwords are ({@link CodeGuesses}); a code already taken counts as wrong.
 */
@Controller
@RequestMapping(SecondFactorGate.CODE_PAGE)
class SecondStepController {

    private static final String VIEW = "login-code";

    private final CheckingSecondFactor checking;
    private final CodeGuesses guesses;

    SecondStepController(CheckingSecondFactor checking, CodeGuesses guesses) {
        this.checking = checking;
        this.guesses = guesses;
    }

    @GetMapping
    String form() {
        return VIEW;
    }

    @PostMapping
    String check(@RequestParam(name = "code", defaultValue = "") String code, Principal principal, Model model,
                 HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        String username = principal.getName();
        Optional<Long> wait = guesses.secondsToWait(username, request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.get()));
            model.addAttribute("waitSeconds", wait.get());
            return VIEW;
        }
        SecondFactor.Check check = checkOnce(Username.of(username), code);
        if (check == SecondFactor.Check.REFUSED) {
            guesses.failed(username, request.getRemoteAddr());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("wrongCode", true);
            return VIEW;
        }
        guesses.succeeded(username);
        SignInLevel.secondFactorShown(request, response);
        if (check == SecondFactor.Check.RECOVERY_CODE) {
            redirect.addFlashAttribute("recoveryCodesLeft", checking.recoveryCodesLeft(Username.of(username)));
        }
        return "redirect:" + StepContinuation.next(request, response);
    }

    /** Of two requests racing with one code, the one that loses the race is refused like a wrong code. */
    private SecondFactor.Check checkOnce(Username username, String code) {
        try {
            return checking.check(username, code);
        } catch (ConcurrentChange lostTheRace) {
            return SecondFactor.Check.REFUSED;
        }
    }
}
