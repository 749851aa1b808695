package org.atelier.identity.secondfactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.secondfactor.Base32;
import org.atelier.identity.secondfactor.SecondFactorRule;
import org.atelier.identity.secondfactor.Totp;
import org.atelier.identity.secondfactor.application.CheckingSecondFactor;
import org.atelier.identity.secondfactor.application.DisablingSecondFactor;
import org.atelier.identity.secondfactor.application.EnrollingSecondFactor;
import org.atelier.identity.secondfactor.config.SecondFactorProperties;
import org.atelier.identity.user.ConcurrentChange;
import org.atelier.identity.user.Username;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own second factor, on their account pages. Enrolling: the page shows a new secret (as text and as
 * an {@code otpauth://} URI, which authenticator apps take), kept in the session only, and the factor takes
 * effect when the person types a code their app made from it; the recovery codes are shown then, once.
 * Disabling needs a current code or a recovery code. Codes typed here count against the same limits as at
 * sign-in. A person can only see and change their own factor: everything is for the session's person.
 */
@Controller
@RequestMapping(SecondFactorGate.ENROL_PAGE)
class SecondFactorController {

    private static final String VIEW = "account/second-factor";
    private static final String PENDING_SECRET = SecondFactorController.class.getName() + ".PENDING_SECRET";

    private final EnrollingSecondFactor enrolling;
    private final CheckingSecondFactor checking;
    private final DisablingSecondFactor disabling;
    private final SecondFactorRule rule;
    private final CodeGuesses guesses;
    private final String issuer;

    SecondFactorController(EnrollingSecondFactor enrolling, CheckingSecondFactor checking, DisablingSecondFactor disabling,
                           SecondFactorRule rule, CodeGuesses guesses, SecondFactorProperties properties) {
        this.enrolling = enrolling;
        this.checking = checking;
        this.disabling = disabling;
        this.rule = rule;
        this.guesses = guesses;
        this.issuer = properties.issuer();
    }

    @GetMapping
    String page(Authentication person, HttpServletRequest request, Model model) {
        return show(person, request, model);
    }

    @PostMapping
    String confirm(@RequestParam(name = "code", defaultValue = "") String code, Authentication person,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        Username username = Username.of(person.getName());
        if (throttled(username, request, response, model)) {
            return show(person, request, model);
        }
        String secret = pendingSecret(request.getSession());
        List<String> recoveryCodes;
        try {
            recoveryCodes = enrolling.confirm(username, Base32.decode(secret), code);
        } catch (RuleViolation | ConcurrentChange refused) {
            guesses.failed(username.value(), request.getRemoteAddr());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("wrongCode", true);
            return show(person, request, model);
        }
        guesses.succeeded(username.value());
        request.getSession().removeAttribute(PENDING_SECRET);
        // Typing a code the app made is what the second step asks for: this session has shown the factor.
        SignInLevel.secondFactorShown(request, response);
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "account/recovery-codes";
    }

    /** From the recovery codes page: on to where the person was going when they were sent to enrol. */
    @GetMapping("/continue")
    String carryOn(HttpServletRequest request, HttpServletResponse response) {
        return "redirect:" + StepContinuation.next(request, response);
    }

    @PostMapping("/disable")
    String disable(@RequestParam(name = "code", defaultValue = "") String code, Authentication person,
                   HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Username username = Username.of(person.getName());
        if (throttled(username, request, response, model)) {
            return show(person, request, model);
        }
        try {
            disabling.disable(username, code);
        } catch (RuleViolation | ConcurrentChange refused) {
            guesses.failed(username.value(), request.getRemoteAddr());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("wrongCode", true);
            return show(person, request, model);
        }
        guesses.succeeded(username.value());
        redirect.addFlashAttribute("disabled", true);
        return "redirect:" + SecondFactorGate.ENROL_PAGE;
    }

    private boolean throttled(Username username, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Long> wait = guesses.secondsToWait(username.value(), request.getRemoteAddr());
        wait.ifPresent(seconds -> {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("waitSeconds", seconds);
        });
        return wait.isPresent();
    }

    private String show(Authentication person, HttpServletRequest request, Model model) {
        Username username = Username.of(person.getName());
        boolean enrolled = checking.isEnrolled(username);
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("required", rule.isRequired(username, SignInLevel.roles(person)));
        model.addAttribute("optionalHere", !rule.isRequired(username, SignInLevel.roles(person))
                && rule.requiresByRole(SignInLevel.roles(person)));
        if (enrolled) {
            model.addAttribute("recoveryCodesLeft", checking.recoveryCodesLeft(username));
            return VIEW;
        }
        String secret = pendingSecret(request.getSession());
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        String uri = otpauthUri(username, secret);
        model.addAttribute("otpauthUri", uri);
        model.addAttribute("qrCode", QrCodeSvg.of(uri));
        model.addAttribute("digits", Totp.DIGITS);
        return VIEW;
    }

    /** The secret being enrolled: the same one until it is confirmed, so a reload does not make the app's copy useless. */
    private String pendingSecret(HttpSession session) {
        if (session.getAttribute(PENDING_SECRET) instanceof String secret) {
            return secret;
        }
        String secret = Base32.encode(enrolling.newSecret());
        session.setAttribute(PENDING_SECRET, secret);
        return secret;
    }

    /** Google Authenticator's key URI format, which every common app reads. */
    private String otpauthUri(Username username, String secret) {
        String label = encode(issuer) + ":" + encode(username.value());
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
