package org.atelier.survey.exit.link.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.atelier.directory.Directory;
import org.atelier.survey.common.RuleViolation;
import org.atelier.survey.exit.ExitInterview;
import org.atelier.survey.exit.Questionnaire;
import org.atelier.survey.exit.Reason;
import org.atelier.survey.exit.ReasonCode;
import org.atelier.survey.exit.WouldReturn;
import org.atelier.survey.exit.link.AnswerRateLimit;
import org.atelier.survey.exit.link.LinkRefused;
import org.atelier.survey.exit.link.application.AnsweringByLink;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The former customer's own questionnaire page, opened by the link they were sent: no sign-in, plain, in Russian or
 * English. A used, expired, revoked or unknown link gets a page saying so (410 or 404) and nothing else; a client
 * past the rate limit gets a page asking it to wait (429 with Retry-After) before the link is even looked up.
 */
@Controller
class SelfServicePages {

    private final AnsweringByLink answering;
    private final Directory directory;
    private final MessageSource messages;
    private final AnswerRateLimit rateLimit;

    SelfServicePages(AnsweringByLink answering, Directory directory, MessageSource messages, AnswerRateLimit rateLimit) {
        this.answering = answering;
        this.directory = directory;
        this.messages = messages;
        this.rateLimit = rateLimit;
    }

    @GetMapping("/answer/{token}")
    String show(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        AnswerRateLimit.Decision limited = rateLimit.tryAcquire(request.getRemoteAddr());
        if (!limited.allowed()) {
            return tooMany(limited, model, response);
        }
        try {
            return form(answering.open(token), token, model);
        } catch (LinkRefused refused) {
            return refused(refused, model, response);
        }
    }

    @PostMapping("/answer/{token}")
    String answer(@PathVariable String token, @RequestParam(name = "reason", required = false) List<String> reasons,
                  @RequestParam(required = false) String primary,
                  @RequestParam(name = "departmentsAtFault", required = false) List<String> departmentsAtFault,
                  @RequestParam(required = false) String wouldHaveKept, @RequestParam(required = false) String wouldReturn,
                  @RequestParam(required = false) String comment, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        AnswerRateLimit.Decision limited = rateLimit.tryAcquire(request.getRemoteAddr());
        if (!limited.allowed()) {
            return tooMany(limited, model, response);
        }
        try {
            answering.answer(token, questionnaire(reasons, primary, departmentsAtFault, wouldHaveKept, wouldReturn, comment));
            return "answer/thanks";
        } catch (LinkRefused refused) {
            return refused(refused, model, response);
        } catch (RuleViolation violation) {
            try {
                String page = form(answering.open(token), token, model);
                response.setStatus(400);
                model.addAttribute("problem", messages.getMessage("rule." + violation.code(), violation.arguments(), violation.getMessage(),
                        LocaleContextHolder.getLocale()));
                return page;
            } catch (LinkRefused refused) {
                return refused(refused, model, response);
            }
        }
    }

    private String form(ExitInterview exitInterview, String token, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("token", token);
        model.addAttribute("reasonCodes", ReasonCode.values());
        model.addAttribute("wouldReturn", WouldReturn.values());
        model.addAttribute("departments", directory.departmentsInForce().stream()
                .map(department -> new String[] {department.code(), department.name(locale)}).toList());
        model.addAttribute("lang", locale.getLanguage().equals("ru") ? "ru" : "en");
        return "answer/form";
    }

    private static String tooMany(AnswerRateLimit.Decision limited, Model model, HttpServletResponse response) {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
        model.addAttribute("retryAfter", limited.retryAfterSeconds());
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage().equals("ru") ? "ru" : "en");
        return "answer/too-many";
    }

    private static String refused(LinkRefused refused, Model model, HttpServletResponse response) {
        response.setStatus(refused.refusal() == org.atelier.survey.exit.link.SelfServiceLink.Refusal.UNKNOWN ? 404 : 410);
        model.addAttribute("refusal", refused.refusal().name());
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage().equals("ru") ? "ru" : "en");
        return "answer/refused";
    }

    private static Questionnaire questionnaire(List<String> reasons, String primary, List<String> departmentsAtFault, String wouldHaveKept,
                                               String wouldReturn, String comment) {
        List<Reason> given = new ArrayList<>();
        for (String code : reasons == null ? List.<String>of() : reasons.stream().distinct().limit(ReasonCode.values().length).toList()) {
            ReasonCode reason = choice("reasons", code, ReasonCode.class);
            List<String> departments = reason == ReasonCode.STAFF_ATTITUDE && departmentsAtFault != null
                    ? departmentsAtFault.stream().limit(50).toList() : List.of();
            given.add(new Reason(reason, code.equals(primary), departments));
        }
        WouldReturn answer = wouldReturn == null || wouldReturn.isBlank() ? null : choice("wouldReturn", wouldReturn, WouldReturn.class);
        return new Questionnaire(given, wouldHaveKept, answer, comment);
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation(field, "choice.unknown", "Not one of the choices offered");
        }
    }
}
