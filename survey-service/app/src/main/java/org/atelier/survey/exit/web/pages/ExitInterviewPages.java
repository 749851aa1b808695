package org.atelier.survey.exit.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.atelier.directory.Directory;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.survey.common.RuleViolation;
import org.atelier.survey.exit.AttemptOutcome;
import org.atelier.survey.exit.CaseClosed;
import org.atelier.survey.exit.CaseNotFound;
import org.atelier.survey.exit.CasePermissions;
import org.atelier.survey.exit.ConcurrentChange;
import org.atelier.survey.exit.ExitInterview;
import org.atelier.survey.exit.ExitRound;
import org.atelier.survey.exit.OutreachChannel;
import org.atelier.survey.exit.Questionnaire;
import org.atelier.survey.exit.Reason;
import org.atelier.survey.exit.ReasonCode;
import org.atelier.survey.exit.WouldReturn;
import org.atelier.survey.exit.application.FindingCases;
import org.atelier.survey.exit.application.WorkingCases;
import org.atelier.survey.exit.link.application.AnsweringByLink;
import org.atelier.survey.site.Page;
import org.atelier.web.pages.Flash;
import org.atelier.web.pages.RefusedForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The interviewer's pages: the worklist, a case with its outreach log and questionnaire, and management's exit round
 * of a year. A refused form is shown again with every reason inside it, what was typed kept, and nothing changed.
 */
@Controller
@Page
class ExitInterviewPages {

    private static final int MAX_KEPT_LENGTH = Questionnaire.MAX_TEXT;

    private final FindingCases finding;
    private final WorkingCases working;
    private final AnsweringByLink links;
    private final Directory directory;
    private final MessageSource messages;

    ExitInterviewPages(FindingCases finding, WorkingCases working, AnsweringByLink links, Directory directory, MessageSource messages) {
        this.finding = finding;
        this.working = working;
        this.links = links;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/worklist";
    }

    @GetMapping("/worklist")
    String worklist(CurrentUser user, Model model, HttpServletRequest request) {
        model.addAttribute("cases", finding.worklist(user));
        model.addAttribute("today", finding.today());
        model.addAttribute("mayReadRounds", CasePermissions.mayReadAll(user));
        model.addAttribute("year", finding.today().getYear());
        model.addAttribute("here", request.getRequestURI());
        return "exit/worklist";
    }

    @GetMapping("/cases/{id}")
    String show(CurrentUser user, @PathVariable String id, Model model, HttpServletRequest request, HttpServletResponse response) {
        ExitInterview exitInterview;
        try {
            exitInterview = finding.caseFor(user, id);
        } catch (CaseNotFound notFound) {
            response.setStatus(404);
            return "exit/not-found";
        } catch (NotAllowed notAllowed) {
            response.setStatus(403);
            return "exit/refused";
        }
        model.addAttribute("c", exitInterview);
        model.addAttribute("today", finding.today());
        model.addAttribute("mayWork", exitInterview.state().isOpen() && CasePermissions.mayWork(user, exitInterview));
        model.addAttribute("channels", OutreachChannel.values());
        model.addAttribute("outcomes", List.of(AttemptOutcome.NO_ANSWER, AttemptOutcome.SCHEDULED, AttemptOutcome.DECLINED));
        model.addAttribute("reasonCodes", ReasonCode.values());
        model.addAttribute("wouldReturn", WouldReturn.values());
        model.addAttribute("departments", directory.departmentsInForce());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("mayReadRounds", CasePermissions.mayReadAll(user));
        model.addAttribute("year", exitInterview.lostOn().getYear());
        model.addAttribute("links", links.linksOf(user, id));
        model.addAttribute("here", "/cases/" + id);
        return "exit/case";
    }

    @PostMapping("/cases/{id}/attempts")
    String logAttempt(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String channel,
                      @RequestParam(required = false) String on, @RequestParam(required = false) String outcome, Model model,
                      RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return act(user, id, "attempt", "attempt.logged", model, redirect, request, response, () -> working.logAttempt(user, id,
                choice("channel", channel, OutreachChannel.class), date("on", on), choice("outcome", outcome, AttemptOutcome.class)));
    }

    @PostMapping("/cases/{id}/interview")
    String interview(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String channel,
                     @RequestParam(required = false) String on, @RequestParam(name = "reason", required = false) List<String> reasons,
                     @RequestParam(required = false) String primary,
                     @RequestParam(name = "departmentsAtFault", required = false) List<String> departmentsAtFault,
                     @RequestParam(required = false) String wouldHaveKept, @RequestParam(required = false) String wouldReturn,
                     @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect,
                     HttpServletRequest request, HttpServletResponse response) {
        return act(user, id, "interview", "interview.recorded", model, redirect, request, response, () -> {
            OutreachChannel how = choice("channel", channel, OutreachChannel.class);
            LocalDate day = date("on", on);
            List<Reason> given = new ArrayList<>();
            ReasonCode primaryCode = primary == null || primary.isBlank() ? null : choice("primary", primary, ReasonCode.class);
            for (String code : reasons == null ? List.<String>of() : reasons.stream().distinct().limit(ReasonCode.values().length).toList()) {
                ReasonCode reason = choice("reasons", code, ReasonCode.class);
                List<String> departments = reason == ReasonCode.STAFF_ATTITUDE && departmentsAtFault != null
                        ? departmentsAtFault.stream().limit(50).toList() : List.of();
                given.add(new Reason(reason, reason == primaryCode, departments));
            }
            WouldReturn answer = wouldReturn == null || wouldReturn.isBlank() ? null : choice("wouldReturn", wouldReturn, WouldReturn.class);
            return working.completeByInterview(user, id, how, day, new Questionnaire(given, wouldHaveKept, answer, comment));
        });
    }

    /** The link is shown once, on the page that issued it: only its hash is kept. */
    @PostMapping("/cases/{id}/links")
    String issueLink(CurrentUser user, @PathVariable String id, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            AnsweringByLink.Issued issued = links.issue(user, id);
            String page = show(user, id, model, request, response);
            model.addAttribute("issuedUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/answer/{token}")
                    .buildAndExpand(issued.token()).toUriString());
            return page;
        } catch (CaseNotFound notFound) {
            response.setStatus(404);
            return "exit/not-found";
        } catch (NotAllowed | CaseClosed refusal) {
            return refuse(user, id, "link", refusal, model, request, response);
        }
    }

    @PostMapping("/cases/{id}/links/{linkId}/revocation")
    String revokeLink(CurrentUser user, @PathVariable String id, @PathVariable String linkId, Model model, RedirectAttributes redirect,
                      HttpServletRequest request, HttpServletResponse response) {
        try {
            Flash.done(redirect, links.revoke(user, id, linkId) ? "link.revoked" : "link.notActive");
            return "redirect:/cases/" + id;
        } catch (CaseNotFound notFound) {
            response.setStatus(404);
            return "exit/not-found";
        } catch (NotAllowed refusal) {
            return refuse(user, id, "link", refusal, model, request, response);
        }
    }

    @GetMapping("/exit-round/{year}")
    String exitRound(CurrentUser user, @PathVariable String year, Model model, HttpServletRequest request, HttpServletResponse response) {
        int forYear;
        try {
            forYear = Integer.parseInt(year);
        } catch (NumberFormatException notAYear) {
            response.setStatus(404);
            return "exit/not-found";
        }
        if (forYear < 1990 || forYear > 2999) {
            response.setStatus(404);
            return "exit/not-found";
        }
        ExitRound round;
        try {
            round = finding.exitRound(user, forYear);
        } catch (NotAllowed notAllowed) {
            response.setStatus(403);
            return "exit/refused";
        }
        model.addAttribute("round", round);
        model.addAttribute("today", finding.today());
        model.addAttribute("ratePercent", round.interviewRateBasisPoints() / 100);
        model.addAttribute("mayReadRounds", true);
        model.addAttribute("year", forYear);
        model.addAttribute("here", request.getRequestURI());
        return "exit/round";
    }

    private String act(CurrentUser user, String id, String form, String done, Model model, RedirectAttributes redirect,
                       HttpServletRequest request, HttpServletResponse response, Supplier<ExitInterview> action) {
        try {
            action.get();
            Flash.done(redirect, done);
            return "redirect:/cases/" + id;
        } catch (CaseNotFound notFound) {
            response.setStatus(404);
            return "exit/not-found";
        } catch (RuleViolation | NotAllowed | CaseClosed | ConcurrentChange refusal) {
            return refuse(user, id, form, refusal, model, request, response);
        }
    }

    private String refuse(CurrentUser user, String id, String form, RuntimeException refusal, Model model, HttpServletRequest request,
                          HttpServletResponse response) {
        String page = show(user, id, model, request, response);
        response.setStatus(status(refusal));
        model.addAttribute("failure", new RefusedForm(form, List.of(new RefusedForm.FieldError(
                refusal instanceof RuleViolation violation ? violation.field() : null, message(refusal))), kept(request.getParameterMap())));
        return page;
    }

    private static int status(RuntimeException refusal) {
        return refusal instanceof NotAllowed ? 403 : refusal instanceof RuleViolation ? 400 : 409;
    }

    private String message(RuntimeException refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        if (refusal instanceof RuleViolation violation && violation.code() != null) {
            return messages.getMessage("rule." + violation.code(), violation.arguments(), violation.getMessage(), locale);
        }
        String key = refusal instanceof NotAllowed ? "refusal.notAllowed" : "refusal.conflict";
        return messages.getMessage(key, new Object[] {refusal.getMessage()}, refusal.getMessage(), locale);
    }

    /** What the form is filled with again: no more than its fields accept, so a hostile value is not sent back whole. */
    private static Map<String, String[]> kept(Map<String, String[]> parameters) {
        Map<String, String[]> kept = new HashMap<>();
        parameters.entrySet().stream().limit(50).forEach(parameter -> kept.put(parameter.getKey(), Arrays.stream(parameter.getValue()).limit(50)
                .map(value -> value.length() > MAX_KEPT_LENGTH ? value.substring(0, MAX_KEPT_LENGTH) : value).toArray(String[]::new)));
        return Collections.unmodifiableMap(kept);
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "choice.required", "Choose one");
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation(field, "choice.unknown", "Not one of the choices offered");
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "attempt.dateRequired", "Give the day of the attempt");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new RuleViolation(field, "date.invalid", "Not a date (YYYY-MM-DD)");
        }
    }
}
