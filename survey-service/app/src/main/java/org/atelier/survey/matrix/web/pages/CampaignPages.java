package org.atelier.survey.matrix.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.directory.ManagementLevel;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.survey.common.RuleViolation;
import org.atelier.survey.matrix.CampaignClosed;
import org.atelier.survey.matrix.CampaignNotFound;
import org.atelier.survey.matrix.CampaignPermissions;
import org.atelier.survey.matrix.MatrixCampaign;
import org.atelier.survey.matrix.Progress;
import org.atelier.survey.matrix.application.RunningCampaigns;
import org.atelier.survey.site.Page;
import org.atelier.web.pages.Flash;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Management's pages for matrix campaigns: the list, opening one, and a campaign's progress by level × department
 * with closing it by hand. Counts only: no page says who answered what.
 */
@Controller
@Page
class CampaignPages {

    /** How long a campaign runs unless management says otherwise. */
    private static final int DEFAULT_DAYS = 14;

    private final RunningCampaigns running;
    private final CompanyCalendar calendar;
    private final PageSupport support;

    CampaignPages(RunningCampaigns running, CompanyCalendar calendar, MessageSource messages) {
        this.running = running;
        this.calendar = calendar;
        this.support = new PageSupport(messages);
    }

    @GetMapping("/campaigns")
    String list(CurrentUser user, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!CampaignPermissions.mayRun(user)) {
            return forbidden(model, response);
        }
        model.addAttribute("campaigns", running.all(user));
        model.addAttribute("today", calendar.today());
        model.addAttribute("here", request.getRequestURI());
        return "matrix/campaigns";
    }

    @GetMapping("/campaigns/new")
    String openForm(CurrentUser user, Model model, HttpServletResponse response) {
        if (!CampaignPermissions.mayRun(user)) {
            return forbidden(model, response);
        }
        model.addAttribute("departments", departments(running.departmentsInForce(user)));
        model.addAttribute("defaultEnd", calendar.today().plusDays(DEFAULT_DAYS));
        model.addAttribute("here", "/campaigns/new");
        return "matrix/open";
    }

    @PostMapping("/campaigns")
    String open(CurrentUser user, @RequestParam(required = false) String title, @RequestParam(required = false) String endsOn,
                @RequestParam(name = "department", required = false) List<String> departments, Model model, RedirectAttributes redirect,
                HttpServletRequest request, HttpServletResponse response) {
        if (!CampaignPermissions.mayRun(user)) {
            return forbidden(model, response);
        }
        List<RuleViolation> violations = new ArrayList<>();
        String name = title == null || title.isBlank() ? null : title.strip();
        if (name != null && name.length() > 200) {
            violations.add(new RuleViolation("title", "campaign.titleTooLong", "A title is at most 200 characters"));
        }
        LocalDate lastDay = null;
        if (endsOn == null || endsOn.isBlank()) {
            violations.add(new RuleViolation("endsOn", "campaign.endRequired", "Give the campaign''s last day"));
        } else {
            try {
                lastDay = LocalDate.parse(endsOn.strip());
                if (lastDay.isBefore(calendar.today())) {
                    violations.add(new RuleViolation("endsOn", "campaign.endInPast", "The campaign''s last day cannot be before today"));
                }
            } catch (DateTimeParseException notADate) {
                violations.add(new RuleViolation("endsOn", "date.invalid", "Not a date"));
            }
        }
        List<String> invited = departments == null ? List.of() : departments.stream().distinct().limit(100).toList();
        if (invited.isEmpty()) {
            violations.add(new RuleViolation("departments", "campaign.noInvitedDepartments", "Invite the people of at least one department"));
        }
        try {
            if (violations.isEmpty()) {
                MatrixCampaign campaign = running.open(user, name, lastDay, invited);
                Flash.done(redirect, "campaign.opened", campaign.invitedCount());
                return "redirect:/campaigns/" + campaign.id();
            }
        } catch (RuleViolation refused) {
            violations.add(refused);
        }
        openForm(user, model, response);
        model.addAttribute("failure", support.refused("open", violations, request.getParameterMap()));
        response.setStatus(400);
        return "matrix/open";
    }

    @GetMapping("/campaigns/{id}")
    String show(CurrentUser user, @PathVariable String id, Model model, HttpServletResponse response) {
        if (!CampaignPermissions.mayRun(user)) {
            return forbidden(model, response);
        }
        MatrixCampaign campaign;
        try {
            campaign = running.campaign(user, id);
        } catch (CampaignNotFound notFound) {
            response.setStatus(404);
            return "matrix/not-found";
        }
        Map<String, String> names = new LinkedHashMap<>();
        campaign.catalogue().departments().forEach(d -> names.put(d.code(), PageSupport.name(d)));
        model.addAttribute("campaign", campaign);
        model.addAttribute("groups", groups(campaign.progress()));
        model.addAttribute("departmentNames", names);
        model.addAttribute("open", campaign.isOpenOn(calendar.today()));
        model.addAttribute("here", "/campaigns/" + id);
        return "matrix/campaign";
    }

    @PostMapping("/campaigns/{id}/closure")
    String close(CurrentUser user, @PathVariable String id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!CampaignPermissions.mayRun(user)) {
            return forbidden(model, response);
        }
        try {
            running.close(user, id);
            Flash.done(redirect, "campaign.closedDone");
        } catch (CampaignNotFound notFound) {
            response.setStatus(404);
            return "matrix/not-found";
        } catch (CampaignClosed alreadyClosed) {
            Flash.done(redirect, "campaign.alreadyClosed");
        } catch (NotAllowed refused) {
            return forbidden(model, response);
        }
        return "redirect:/campaigns/" + id;
    }

    private String forbidden(Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("section", "campaigns");
        return "matrix/forbidden";
    }

    private static List<Department> departments(List<DirectoryDepartment> inForce) {
        return inForce.stream().map(d -> new Department(d.code(), PageSupport.russian() ? d.nameRu() : d.nameEn())).toList();
    }

    /** The progress rows grouped by level, each with its total, in the order the campaign lists them. */
    private static List<LevelGroup> groups(List<Progress> progress) {
        Map<ManagementLevel, List<Progress>> byLevel = new LinkedHashMap<>();
        MatrixCampaign.LEVELS.stream().sorted().forEach(level -> byLevel.put(level, new ArrayList<>()));
        progress.forEach(group -> byLevel.computeIfAbsent(group.level(), level -> new ArrayList<>()).add(group));
        return byLevel.entrySet().stream().map(entry -> new LevelGroup(entry.getKey().name(), entry.getValue(),
                entry.getValue().stream().mapToInt(Progress::invited).sum(), entry.getValue().stream().mapToInt(Progress::submitted).sum())).toList();
    }

    record Department(String code, String name) {
    }

    record LevelGroup(String level, List<Progress> departments, int invited, int submitted) {
    }
}
