package org.atelier.claims.meeting.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atelier.claims.bonus.Outcome;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.claim.ClaimStatus;
import org.atelier.claims.claim.application.FilingClaims;
import org.atelier.claims.commendation.Commendation;
import org.atelier.claims.commendation.CommendationStatus;
import org.atelier.claims.commendation.application.FilingCommendations;
import org.atelier.claims.common.Departments;
import org.atelier.claims.common.NotFound;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.common.web.FormCheck;
import org.atelier.claims.common.web.FormFailures;
import org.atelier.claims.meeting.AgendaItem;
import org.atelier.claims.meeting.Meeting;
import org.atelier.claims.meeting.MeetingPermissions;
import org.atelier.claims.meeting.application.RunningMeetings;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.web.pages.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Management's page of one meeting: attendance, and per claim heard the decision form. A decision is first shown
 * with the money it would move ("Show the amounts", which changes nothing) and only then confirmed.
 */
@Controller
class MeetingPages {

    /** A claim on the agenda as the page shows it. */
    record ClaimItem(Claim claim, boolean decidable, boolean heardHere, Meeting.Minutes minutes) {
    }

    /** A commendation act on the agenda as the page shows it. */
    record CommendationItem(Commendation commendation, boolean decidable, boolean heardHere, Meeting.Minutes minutes) {
    }

    private final RunningMeetings running;
    private final FilingClaims filing;
    private final FilingCommendations petitions;
    private final Departments departments;
    private final FormFailures failures;

    MeetingPages(RunningMeetings running, FilingClaims filing, FilingCommendations petitions, Departments departments, FormFailures failures) {
        this.running = running;
        this.filing = filing;
        this.petitions = petitions;
        this.departments = departments;
        this.failures = failures;
    }

    /** Every meeting, newest first as the store keeps them; the way into a meeting's page. */
    @GetMapping("/meetings")
    String list(CurrentUser user, Model model, HttpServletResponse response) {
        if (!MeetingPermissions.maySee(user)) {
            response.setStatus(404);
            return "claims/not-found";
        }
        model.addAttribute("meetings", running.all(user));
        model.addAttribute("mayPlan", user.has(org.atelier.security.Role.MANAGEMENT));
        return "meetings/list";
    }

    @GetMapping("/meetings/{id}")
    String show(CurrentUser user, @PathVariable String id, Model model, HttpServletResponse response) {
        Meeting meeting;
        try {
            meeting = running.find(user, id);
        } catch (NotFound notFound) {
            response.setStatus(404);
            return "claims/not-found";
        }
        List<ClaimItem> claims = new ArrayList<>();
        List<CommendationItem> commendations = new ArrayList<>();
        for (AgendaItem item : meeting.agenda()) {
            if (item.kind() == AgendaItem.Kind.CLAIM) {
                Claim claim = filing.find(user, item.id());
                claims.add(new ClaimItem(claim, claim.status() == ClaimStatus.HEARD && id.equals(claim.lifecycle().meetingId()),
                        heardHere(meeting, item), meeting.minutes().get(item)));
            } else {
                Commendation commendation = petitions.find(user, item.id());
                commendations.add(new CommendationItem(commendation, commendation.status() == CommendationStatus.HEARD
                        && id.equals(commendation.lifecycle().meetingId()), heardHere(meeting, item), meeting.minutes().get(item)));
            }
        }
        model.addAttribute("commendations", commendations);
        model.addAttribute("commendationOutcomes", Commendation.Outcome.values());
        model.addAttribute("meeting", meeting);
        model.addAttribute("record", meeting.record().orElse(null));
        model.addAttribute("heads", departments.heads());
        model.addAttribute("claims", claims);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("mayRun", user.has(org.atelier.security.Role.MANAGEMENT));
        return "meetings/show";
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(CurrentUser user, @PathVariable String id, @RequestParam(required = false) List<String> present, Model model,
                      RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        try {
            Set<String> came = present == null ? Set.of() : new LinkedHashSet<>(present.stream().limit(1000).toList());
            running.hold(user, id, came);
            Flash.done(redirect, "meeting.held");
            return "redirect:/meetings/" + id;
        } catch (RuleViolation | NotAllowed refusal) {
            return refused(user, id, "attendance", List.of(refusal), model, request, response);
        }
    }

    /** {@code action=preview} shows the amounts and changes nothing; {@code action=confirm} records the decision. */
    @PostMapping("/meetings/{id}/claims/{claimId}/decision")
    String decide(CurrentUser user, @PathVariable String id, @PathVariable String claimId, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String outcome, @RequestParam(required = false) String recognisedShortfall,
                  @RequestParam(required = false) String deduction, @RequestParam(required = false) String planAdjustment,
                  @RequestParam(required = false) String reasoning, Model model, RedirectAttributes redirect, HttpServletRequest request,
                  HttpServletResponse response) {
        String form = "decision-" + claimId;
        try {
            Claim claim = filing.find(user, claimId);
            var currency = claim.statement().claimedShortfall().currency();
            FormCheck check = new FormCheck();
            Outcome chosen = check.read(() -> outcome(outcome));
            Long recognised = blank(recognisedShortfall) ? null
                    : check.read(() -> FormCheck.amount("recognisedShortfallMinor", recognisedShortfall, currency));
            Long deducted = blank(deduction) ? null : check.read(() -> FormCheck.amount("deductionMinor", deduction, currency));
            Long adjustment = blank(planAdjustment) ? null : check.read(() -> wholeNumber("planAdjustment", planAdjustment));
            String why = check.read(() -> FormCheck.text("reasoning", reasoning, 4000));
            if (!check.passed()) {
                return refused(user, id, form, check.violations(), model, request, response);
            }
            RunningMeetings.ClaimVerdict verdict = new RunningMeetings.ClaimVerdict(chosen, recognised, deducted, adjustment, why);
            if (!"confirm".equals(action)) {
                model.addAttribute("preview", running.preview(user, id, claimId, verdict));
                model.addAttribute("previewOf", claimId);
                model.addAttribute("typed", Map.of("outcome", chosen.name(), "recognisedShortfall", orEmpty(recognisedShortfall),
                        "deduction", orEmpty(deduction), "planAdjustment", orEmpty(planAdjustment), "reasoning", why == null ? "" : why));
                return show(user, id, model, response);
            }
            running.decideClaim(user, id, claimId, verdict);
            Flash.done(redirect, "meeting.decided");
            return "redirect:/meetings/" + id;
        } catch (RuleViolation | NotAllowed refusal) {
            return refused(user, id, form, List.of(refusal), model, request, response);
        } catch (NotFound notFound) {
            response.setStatus(404);
            return "claims/not-found";
        }
    }

    /** Approved with the amount granted (the proposal unless changed), or declined with nothing. */
    @PostMapping("/meetings/{id}/commendations/{commendationId}/decision")
    String decideCommendation(CurrentUser user, @PathVariable String id, @PathVariable String commendationId,
                              @RequestParam(required = false) String outcome, @RequestParam(required = false) String granted, Model model,
                              RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        String form = "commendation-" + commendationId;
        try {
            Commendation commendation = petitions.find(user, commendationId);
            FormCheck check = new FormCheck();
            Commendation.Outcome chosen = check.read(() -> commendationOutcome(outcome));
            // A declined act grants nothing, whatever the amount field still holds.
            Long amount = chosen == Commendation.Outcome.DECLINED || blank(granted) ? null
                    : check.read(() -> FormCheck.amount("grantedMinor", granted, commendation.petition().proposedReward().currency()));
            if (!check.passed()) {
                return refused(user, id, form, check.violations(), model, request, response);
            }
            running.decideCommendation(user, id, commendationId, chosen, amount);
            Flash.done(redirect, "meeting.decided");
            return "redirect:/meetings/" + id;
        } catch (RuleViolation | NotAllowed refusal) {
            return refused(user, id, form, List.of(refusal), model, request, response);
        } catch (NotFound notFound) {
            response.setStatus(404);
            return "claims/not-found";
        }
    }

    /** The minutes of an item heard here: the case, the answer, the consequences stated; again to correct them. */
    @PostMapping("/meetings/{id}/minutes/{kind}/{itemId}")
    String minutes(CurrentUser user, @PathVariable String id, @PathVariable String kind, @PathVariable String itemId,
                   @RequestParam(required = false) String claimantCase, @RequestParam(required = false) String respondentAnswer,
                   @RequestParam(required = false) String consequences, Model model, RedirectAttributes redirect, HttpServletRequest request,
                   HttpServletResponse response) {
        String form = "minutes-" + itemId;
        try {
            AgendaItem.Kind itemKind = "COMMENDATION".equals(kind) ? AgendaItem.Kind.COMMENDATION : AgendaItem.Kind.CLAIM;
            running.recordMinutes(user, id, new AgendaItem(itemKind, itemId), claimantCase, respondentAnswer, consequences);
            Flash.done(redirect, "meeting.minutesRecorded");
            return "redirect:/meetings/" + id;
        } catch (RuleViolation | NotAllowed refusal) {
            return refused(user, id, form, List.of(refusal), model, request, response);
        } catch (NotFound notFound) {
            response.setStatus(404);
            return "claims/not-found";
        }
    }

    private static boolean heardHere(Meeting meeting, AgendaItem item) {
        return meeting.record().map(r -> r.heard().contains(item)).orElse(false);
    }

    private static Commendation.Outcome commendationOutcome(String typed) {
        for (Commendation.Outcome outcome : Commendation.Outcome.values()) {
            if (outcome.name().equals(typed)) {
                return outcome;
            }
        }
        throw new RuleViolation("outcome", "required", "Required");
    }

    private String refused(CurrentUser user, String id, String form, List<? extends RuntimeException> refusals, Model model,
                           HttpServletRequest request, HttpServletResponse response) {
        failures.showIn(model, form, refusals, request, response);
        int status = response.getStatus();
        String view = show(user, id, model, response);
        if (response.getStatus() != 404) {
            response.setStatus(status);
        }
        return view;
    }

    private static Outcome outcome(String typed) {
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equals(typed)) {
                return outcome;
            }
        }
        throw new RuleViolation("outcome", "required", "Required");
    }

    private static long wholeNumber(String field, String typed) {
        String text = FormCheck.required(field, typed, 20).replace(" ", "");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "notWholeNumber", "''{0}'' is not a whole number", text);
        }
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    private static String orEmpty(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
