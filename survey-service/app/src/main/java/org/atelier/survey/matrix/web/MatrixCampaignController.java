package org.atelier.survey.matrix.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.atelier.security.CurrentUser;
import org.atelier.survey.common.RuleViolation;
import org.atelier.survey.matrix.MatrixCampaign;
import org.atelier.survey.matrix.Mark;
import org.atelier.survey.matrix.OwnerRule;
import org.atelier.survey.matrix.Progress;
import org.atelier.survey.matrix.application.AnsweringCampaigns;
import org.atelier.survey.matrix.application.RunningCampaigns;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(path = "/api/matrix-campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Responsibility-matrix campaigns", description = "Departments × tasks, P or R, asked of three management levels at once; "
        + "answers by level and department, never by person")
class MatrixCampaignController {

    /** 40 tasks × 40 departments is far beyond any catalogue; more cells than that is not a matrix. */
    private static final int MAX_CELLS = 1600;

    private final RunningCampaigns running;
    private final AnsweringCampaigns answering;

    MatrixCampaignController(RunningCampaigns running, AnsweringCampaigns answering) {
        this.running = running;
        this.answering = answering;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a campaign", description = "Top management. Freezes the task catalogue, the departments in force and the "
            + "invited people (TOP_MANAGEMENT, DIVISION_HEAD, COMMERCIAL_STAFF of the chosen departments; all when none is chosen). "
            + "Publishes SurveyCampaignOpened v1")
    CampaignResponse open(@Parameter(hidden = true) CurrentUser caller, @Valid @RequestBody OpenRequest request) {
        return CampaignResponse.of(running.open(caller, request.title(), request.endsOn(), request.departments()));
    }

    @GetMapping
    @Operation(summary = "Every campaign with its progress, newest first", description = "Top management and other systems (machine token)")
    List<CampaignResponse> all(@Parameter(hidden = true) CurrentUser caller) {
        return running.all(caller).stream().map(CampaignResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A campaign with its progress: invited and submitted by level and department",
            description = "Top management and other systems (machine token)")
    CampaignResponse show(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
        return CampaignResponse.of(running.campaign(caller, id));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close a campaign by hand", description = "Top management. Publishes SurveyCampaignClosed v1")
    CampaignResponse close(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
        return CampaignResponse.of(running.close(caller, id));
    }

    @GetMapping("/{id}/form")
    @Operation(summary = "My form: the campaign's tasks and departments, my saved draft, the one-owner warnings",
            description = "Invited respondents only (403 for anybody else, other systems included)")
    FormResponse form(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
        return FormResponse.of(answering.form(caller, id));
    }

    @PutMapping(path = "/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save my draft", description = "Invited respondents, until they submit and while the campaign is open")
    AnswerResponse saveDraft(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @Valid @RequestBody AnswerRequest request) {
        return new AnswerResponse(false, warnings(answering.saveDraft(caller, id, request.matrix())));
    }

    @PostMapping(path = "/{id}/response", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit my response, once", description = "Invited respondents, while the campaign is open. Rows with no R or "
            + "with several are accepted and returned as warnings. Publishes SurveySubmitted v1 (random response id, level, department)")
    AnswerResponse submit(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @Valid @RequestBody AnswerRequest request) {
        return new AnswerResponse(true, warnings(answering.submit(caller, id, request.matrix())));
    }

    private static List<Warning> warnings(List<OwnerRule.RowWarning> warnings) {
        return warnings.stream().map(Warning::of).toList();
    }

    record OpenRequest(@Size(max = 200) String title, @NotNull LocalDate endsOn,
                       @Size(max = 100) List<@NotNull @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$") String> departments) {
    }

    record AnswerRequest(@NotNull @Size(max = MAX_CELLS) List<@NotNull @Valid Cell> cells) {

        /** The cells as rows; the same cell twice is refused rather than one silently winning. */
        Map<String, Map<String, Mark>> matrix() {
            Map<String, Map<String, Mark>> rows = new TreeMap<>();
            for (Cell cell : cells) {
                if (rows.computeIfAbsent(cell.task(), task -> new TreeMap<>()).put(cell.department(), cell.mark()) != null) {
                    throw new RuleViolation("cells", "matrix.duplicateCell", "The cell {0} × {1} is given twice", cell.task(), cell.department());
                }
            }
            return rows;
        }
    }

    record Cell(@NotNull @Size(max = 40) String task, @NotNull @Size(max = 40) String department, @NotNull Mark mark) {
    }

    record AnswerResponse(boolean submitted, List<Warning> warnings) {
    }

    /** @param responsible how many departments the row names R: 0 or 2+ */
    record Warning(String task, int responsible, String rule) {

        static Warning of(OwnerRule.RowWarning warning) {
            return new Warning(warning.task(), warning.responsible(),
                    warning.responsible() == 0 ? "Nobody is responsible for this task: a task has exactly one responsible department"
                            : "Several departments are responsible for this task: a task has exactly one responsible department");
        }
    }

    record CampaignResponse(String id, String title, LocalDate endsOn, String state, String closedBy, Instant openedAt, Instant closedAt,
                            List<String> levels, List<TaskView> tasks, List<DepartmentView> departments, List<String> invitedDepartments,
                            int invited, int submitted, List<Progress> progress) {

        static CampaignResponse of(MatrixCampaign c) {
            return new CampaignResponse(c.id(), c.title(), c.endsOn(), c.state().name(), c.closedBy() == null ? null : c.closedBy().name(),
                    c.openedAt(), c.closedAt(), MatrixCampaign.LEVELS.stream().map(Enum::name).toList(), TaskView.of(c), DepartmentView.of(c),
                    c.invitedDepartments(), c.invitedCount(), c.submittedCount(), c.progress());
        }
    }

    record TaskView(String code, String nameEn, String nameRu, String description, List<String> reasons) {

        static List<TaskView> of(MatrixCampaign c) {
            return c.catalogue().tasks().stream().map(t -> new TaskView(t.code(), t.nameEn(), t.nameRu(), t.description(),
                    t.reasons().stream().map(Enum::name).sorted().toList())).toList();
        }
    }

    record DepartmentView(String code, String nameEn, String nameRu) {

        static List<DepartmentView> of(MatrixCampaign c) {
            return c.catalogue().departments().stream().map(d -> new DepartmentView(d.code(), d.nameEn(), d.nameRu())).toList();
        }
    }

    /** A respondent's form; it names nobody, the respondent included. */
    record FormResponse(String campaignId, String title, LocalDate endsOn, boolean open, boolean submitted, String level, String department,
                        List<TaskView> tasks, List<DepartmentView> departments, List<Cell> cells, List<Warning> warnings) {

        static FormResponse of(AnsweringCampaigns.Form form) {
            MatrixCampaign c = form.campaign();
            List<Cell> cells = new java.util.ArrayList<>();
            form.draft().cells().forEach((task, row) -> row.forEach((department, mark) -> cells.add(new Cell(task, department, mark))));
            return new FormResponse(c.id(), c.title(), c.endsOn(), form.open(), form.submitted(), form.invitee().level().name(),
                    form.invitee().department(), TaskView.of(c), DepartmentView.of(c), cells, MatrixCampaignController.warnings(form.warnings()));
        }
    }
}
