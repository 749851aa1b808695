package org.atelier.claims.meeting.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.claim.ClaimStatus;
import org.atelier.claims.claim.application.FilingClaims;
import org.atelier.claims.commendation.Commendation;
import org.atelier.claims.commendation.CommendationStatus;
import org.atelier.claims.commendation.application.FilingCommendations;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.common.web.FormCheck;
import org.atelier.claims.common.web.FormFailures;
import org.atelier.claims.meeting.AgendaItem;
import org.atelier.claims.meeting.Meeting;
import org.atelier.claims.meeting.MeetingPermissions;
import org.atelier.claims.meeting.application.RunningMeetings;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.atelier.web.pages.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Top management plans a heads' meeting: its date and its agenda, in order, of the claims and commendation acts
 * filed and not yet on a meeting. Each candidate has a place field; those given a place (1, 2, …) are on the agenda
 * in that order, the others are not.
 */
@Controller
class MeetingPlanningPages {

    /** The name of an item's place field: {@code place-CLAIM-<id>} or {@code place-COMMENDATION-<id>}. */
    static String placeField(AgendaItem.Kind kind, String id) {
        return "place-" + kind.name() + "-" + id;
    }

    private final RunningMeetings running;
    private final FilingClaims claims;
    private final FilingCommendations commendations;
    private final FormFailures failures;

    MeetingPlanningPages(RunningMeetings running, FilingClaims claims, FilingCommendations commendations, FormFailures failures) {
        this.running = running;
        this.claims = claims;
        this.commendations = commendations;
        this.failures = failures;
    }

    @GetMapping("/meetings/new")
    String form(CurrentUser user, Model model, HttpServletResponse response) {
        if (!MeetingPermissions.maySee(user)) {
            response.setStatus(404);
            return "claims/not-found";
        }
        List<Claim> filedClaims = claims.all(user).stream().filter(c -> c.status() == ClaimStatus.FILED).toList();
        List<Commendation> filedCommendations = commendations.all(user).stream().filter(c -> c.status() == CommendationStatus.FILED).toList();
        model.addAttribute("filedClaims", filedClaims);
        model.addAttribute("filedCommendations", filedCommendations);
        model.addAttribute("mayPlan", user.has(Role.MANAGEMENT));
        return "meetings/new";
    }

    @PostMapping("/meetings")
    String plan(CurrentUser user, @RequestParam(required = false) String date, Model model, RedirectAttributes redirect,
                HttpServletRequest request, HttpServletResponse response) {
        try {
            MeetingPermissions.checkMayRun(user);
            FormCheck check = new FormCheck();
            LocalDate day = check.read(() -> FormCheck.date("date", date));
            List<AgendaItem> agenda = check.read(() -> agenda(request.getParameterMap()));
            if (!check.passed()) {
                return refused(user, check.violations(), model, request, response);
            }
            Meeting meeting = running.plan(user, day, agenda);
            Flash.done(redirect, "meeting.planned");
            return "redirect:/meetings/" + meeting.id();
        } catch (RuleViolation | NotAllowed refusal) {
            return refused(user, List.of(refusal), model, request, response);
        }
    }

    /** The items given a place, in the order of their places; a place is a whole number from 1, given once. */
    static List<AgendaItem> agenda(Map<String, String[]> parameters) {
        record Placed(int place, AgendaItem item) {
        }
        List<Placed> placed = new ArrayList<>();
        Set<Integer> places = new HashSet<>();
        parameters.entrySet().stream().limit(1000).forEach(parameter -> {
            String name = parameter.getKey();
            String value = parameter.getValue().length == 0 ? "" : parameter.getValue()[0].strip();
            for (AgendaItem.Kind kind : AgendaItem.Kind.values()) {
                String prefix = "place-" + kind.name() + "-";
                if (name.startsWith(prefix) && !value.isEmpty()) {
                    int place;
                    try {
                        place = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new RuleViolation("agenda", "agendaPlace", "A place on the agenda is a whole number from 1 to {0}",
                                String.valueOf(Meeting.MAX_AGENDA));
                    }
                    if (place < 1 || place > Meeting.MAX_AGENDA) {
                        throw new RuleViolation("agenda", "agendaPlace", "A place on the agenda is a whole number from 1 to {0}",
                                String.valueOf(Meeting.MAX_AGENDA));
                    }
                    if (!places.add(place)) {
                        throw new RuleViolation("agenda", "agendaPlaceTwice", "Each place on the agenda is given once; {0} is given twice",
                                String.valueOf(place));
                    }
                    placed.add(new Placed(place, new AgendaItem(kind, name.substring(prefix.length()))));
                }
            }
        });
        return placed.stream().sorted(Comparator.comparingInt(Placed::place)).map(Placed::item).toList();
    }

    private String refused(CurrentUser user, List<? extends RuntimeException> refusals, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        failures.showIn(model, "plan", refusals, request, response);
        int status = response.getStatus();
        String view = form(user, model, response);
        if (response.getStatus() != 404) {
            response.setStatus(status);
        }
        return view;
    }
}
