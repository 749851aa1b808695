package org.atelier.survey.matrix.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.atelier.security.CurrentUser;
import org.atelier.survey.exit.ReasonCode;
import org.atelier.survey.matrix.CatalogueTask;
import org.atelier.survey.matrix.application.EditingCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(path = "/api/matrix-tasks", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Responsibility-matrix task catalogue", description = "The matrix's rows for campaigns opened from now on, each linked to "
        + "the loss reasons it touches; admins only")
class MatrixTaskController {

    private final EditingCatalogue catalogue;

    MatrixTaskController(EditingCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Every task, in the order the form shows them", description = "Admins")
    List<TaskResponse> all(@Parameter(hidden = true) CurrentUser caller) {
        return catalogue.tasks(caller).stream().map(TaskResponse::of).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a task after the others", description = "Admins. The code never changes afterwards; campaigns already open "
            + "keep the tasks they opened with")
    TaskResponse add(@Parameter(hidden = true) CurrentUser caller, @Valid @RequestBody AddRequest request) {
        return TaskResponse.of(catalogue.add(caller, request.code(), request.nameEn(), request.nameRu(), request.description(),
                reasons(request.reasons())));
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Edit a task: its names, description and linked loss reasons", description = "Admins. Reaches only campaigns "
            + "opened afterwards")
    TaskResponse edit(@Parameter(hidden = true) CurrentUser caller, @PathVariable String code, @Valid @RequestBody EditRequest request) {
        return TaskResponse.of(catalogue.edit(caller, code, request.nameEn(), request.nameRu(), request.description(),
                reasons(request.reasons())));
    }

    private static Set<ReasonCode> reasons(List<ReasonCode> reasons) {
        return reasons == null || reasons.isEmpty() ? Set.of() : EnumSet.copyOf(reasons);
    }

    record AddRequest(@NotNull @Size(max = 40) String code, @NotNull @Size(max = CatalogueTask.MAX_NAME) String nameEn,
                      @NotNull @Size(max = CatalogueTask.MAX_NAME) String nameRu, @Size(max = CatalogueTask.MAX_DESCRIPTION) String description,
                      @Size(max = 20) List<@NotNull ReasonCode> reasons) {
    }

    record EditRequest(@NotNull @Size(max = CatalogueTask.MAX_NAME) String nameEn, @NotNull @Size(max = CatalogueTask.MAX_NAME) String nameRu,
                       @Size(max = CatalogueTask.MAX_DESCRIPTION) String description, @Size(max = 20) List<@NotNull ReasonCode> reasons) {
    }

    record TaskResponse(String code, String nameEn, String nameRu, String description, List<String> reasons) {

        static TaskResponse of(CatalogueTask task) {
            return new TaskResponse(task.code(), task.nameEn(), task.nameRu(), task.description(),
                    task.reasons().stream().map(Enum::name).sorted().toList());
        }
    }
}
