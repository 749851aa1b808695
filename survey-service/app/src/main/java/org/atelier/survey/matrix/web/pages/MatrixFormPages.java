package org.atelier.survey.matrix.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.atelier.security.CurrentUser;
import org.atelier.survey.common.RuleViolation;
import org.atelier.survey.matrix.AlreadySubmitted;
import org.atelier.survey.matrix.CampaignCatalogue;
import org.atelier.survey.matrix.CampaignChanged;
import org.atelier.survey.matrix.CampaignClosed;
import org.atelier.survey.matrix.CampaignNotFound;
import org.atelier.survey.matrix.CatalogueTask;
import org.atelier.survey.matrix.Mark;
import org.atelier.survey.matrix.MatrixCampaign;
import org.atelier.survey.matrix.NotInvited;
import org.atelier.survey.matrix.application.AnsweringCampaigns;
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
 * A respondent's pages: the campaigns they were invited to, and the matrix form itself — a select per cell, so it
 * works by keyboard and without script; the script only moves between cells with the arrow keys and warns live.
 * The form names nobody: the respondent is known to the campaign by key only.
 */
@Controller
@Page
class MatrixFormPages {

    /** A parameter per cell: {@code cell:<task>:<department>}. */
    static final String CELL = "cell:";

    /** 40 tasks × 40 departments, as the API; more is not a matrix. */
    private static final int MAX_CELLS = 1600;

    private final AnsweringCampaigns answering;
    private final PageSupport support;

    MatrixFormPages(AnsweringCampaigns answering, MessageSource messages) {
        this.answering = answering;
        this.support = new PageSupport(messages);
    }

    @GetMapping("/surveys")
    String surveys(CurrentUser user, Model model, HttpServletRequest request) {
        model.addAttribute("invitations", answering.invitations(user));
        model.addAttribute("here", request.getRequestURI());
        return "matrix/surveys";
    }

    @GetMapping("/surveys/{id}")
    String form(CurrentUser user, @PathVariable String id, Model model, HttpServletResponse response) {
        return show(user, id, null, model, response);
    }

    /** One form, two buttons: {@code action=draft} keeps the answers, {@code action=submit} (confirmed) sends them for good. */
    @PostMapping("/surveys/{id}")
    String answer(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect,
                  HttpServletRequest request, HttpServletResponse response) {
        boolean submitting = "submit".equals(action);
        try {
            Map<String, Map<String, Mark>> cells = cells(request.getParameterMap());
            if (submitting) {
                if (!"yes".equals(confirm)) {
                    throw new RuleViolation("confirm", "matrix.confirmRequired", "Confirm that the response cannot be changed once submitted");
                }
                answering.submit(user, id, cells);
                Flash.done(redirect, "matrix.submittedDone");
            } else {
                answering.saveDraft(user, id, cells);
                Flash.done(redirect, "matrix.draftSaved");
            }
            return "redirect:/surveys/" + id;
        } catch (CampaignNotFound notFound) {
            response.setStatus(404);
            return "matrix/not-found";
        } catch (NotInvited notInvited) {
            return refused("NOT_INVITED", 403, model, response);
        } catch (CampaignClosed closed) {
            return refused("CLOSED", 409, model, response);
        } catch (AlreadySubmitted submitted) {
            return refused("SUBMITTED", 409, model, response);
        } catch (RuleViolation | CampaignChanged refusal) {
            return refusedForm(user, id, refusal, model, request, response);
        }
    }

    /** The form again with what was typed and the reason in its summary; nothing was kept. */
    private String refusedForm(CurrentUser user, String id, RuntimeException refusal, Model model, HttpServletRequest request,
                               HttpServletResponse response) {
        String page = show(user, id, request.getParameterMap(), model, response);
        if (!"matrix/form".equals(page)) {
            return page;
        }
        RuleViolation violation = refusal instanceof RuleViolation rule ? rule
                : new RuleViolation(null, "matrix.changedMeanwhile", "The campaign changed meanwhile; send the form again");
        model.addAttribute("failure", support.refused("matrix", List.of(violation), request.getParameterMap()));
        response.setStatus(refusal instanceof RuleViolation ? 400 : 409);
        return page;
    }

    /**
     * The respondent's page: the form (with their draft, or with what they sent when {@code typed} is given), the
     * page saying they submitted, or a refusal.
     */
    private String show(CurrentUser user, String id, Map<String, String[]> typed, Model model, HttpServletResponse response) {
        AnsweringCampaigns.Form form;
        try {
            form = answering.form(user, id);
        } catch (CampaignNotFound notFound) {
            response.setStatus(404);
            return "matrix/not-found";
        } catch (NotInvited notInvited) {
            return refused("NOT_INVITED", 403, model, response);
        }
        model.addAttribute("here", "/surveys/" + id);
        model.addAttribute("campaign", form.campaign());
        if (form.submitted()) {
            return "matrix/submitted";
        }
        if (!form.open()) {
            return refused("CLOSED", 409, model, response);
        }
        Map<String, Map<String, String>> marks;
        if (typed != null) {
            marks = typed(typed, form.campaign().catalogue());
        } else {
            marks = new TreeMap<>();
            Map<String, Map<String, String>> draft = marks;
            form.draft().cells().forEach((task, row) -> row.forEach((department, mark) ->
                    draft.computeIfAbsent(task, t -> new TreeMap<>()).put(department, mark.name())));
        }
        fill(model, form.campaign(), form.invitee().level().name(), form.invitee().department(), marks, typed != null || form.drafted());
        return "matrix/form";
    }

    private String refused(String reason, int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("reason", reason);
        return "matrix/refused";
    }

    private void fill(Model model, MatrixCampaign campaign, String level, String department, Map<String, Map<String, String>> marks,
                      boolean warn) {
        CampaignCatalogue catalogue = campaign.catalogue();
        List<Column> columns = catalogue.departments().stream().map(d -> new Column(d.code(), PageSupport.name(d))).toList();
        List<Row> rows = new ArrayList<>();
        int owned = 0;
        for (CatalogueTask task : catalogue.tasks()) {
            Map<String, String> row = marks.getOrDefault(task.code(), Map.of());
            List<Cell> cells = columns.stream().map(column -> new Cell(column.code(), column.name(), row.getOrDefault(column.code(), ""))).toList();
            int responsible = (int) row.values().stream().filter("R"::equals).count();
            owned += responsible == 1 ? 1 : 0;
            rows.add(new Row(task.code(), PageSupport.name(task), task.description(), cells, responsible, warn && responsible != 1));
        }
        model.addAttribute("columns", columns);
        model.addAttribute("rows", rows);
        model.addAttribute("owned", owned);
        model.addAttribute("level", level);
        model.addAttribute("department", catalogue.departments().stream().filter(d -> d.code().equals(department)).findFirst()
                .map(PageSupport::name).orElse(department));
    }

    /** The marks sent, as rows; an empty cell is left out. */
    private static Map<String, Map<String, Mark>> cells(Map<String, String[]> parameters) {
        Map<String, Map<String, Mark>> rows = new TreeMap<>();
        int count = 0;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!parameter.getKey().startsWith(CELL)) {
                continue;
            }
            if (++count > MAX_CELLS) {
                throw new RuleViolation("cells", "matrix.tooManyCells", "At most {0} cells", MAX_CELLS);
            }
            String[] place = parameter.getKey().substring(CELL.length()).split(":", -1);
            String value = parameter.getValue().length == 0 ? "" : parameter.getValue()[0];
            if (place.length != 2 || value.isBlank()) {
                continue;
            }
            if (place[0].length() > 40 || place[1].length() > 40) {
                // Longer than any code: refused without repeating it back.
                throw new RuleViolation("cells", "choice.unknown", "Not one of the choices offered");
            }
            Mark mark;
            try {
                mark = Mark.valueOf(value.strip());
            } catch (IllegalArgumentException unknown) {
                throw new RuleViolation("cells", "choice.unknown", "Not one of the choices offered");
            }
            rows.computeIfAbsent(place[0], task -> new TreeMap<>()).put(place[1], mark);
        }
        return rows;
    }

    /** What was sent, for the campaign's own cells only, to show the refused form again. */
    private static Map<String, Map<String, String>> typed(Map<String, String[]> parameters, CampaignCatalogue catalogue) {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        for (CatalogueTask task : catalogue.tasks()) {
            for (CampaignCatalogue.MatrixDepartment department : catalogue.departments()) {
                String[] value = parameters.get(CELL + task.code() + ":" + department.code());
                if (value != null && value.length > 0 && ("P".equals(value[0]) || "R".equals(value[0]))) {
                    rows.computeIfAbsent(task.code(), t -> new TreeMap<>()).put(department.code(), value[0]);
                }
            }
        }
        return rows;
    }

    record Column(String code, String name) {
    }

    record Cell(String department, String departmentName, String mark) {
    }

    /** @param warned whether the page shows the one-owner warning on this row (after a draft was kept, or a refused send) */
    record Row(String code, String name, String description, List<Cell> cells, int responsible, boolean warned) {
    }
}
