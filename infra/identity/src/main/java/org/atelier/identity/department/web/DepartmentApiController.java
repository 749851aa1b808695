package org.atelier.identity.department.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.api.NotFound;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.DepartmentNotFound;
import org.atelier.identity.department.application.CreatingDepartment;
import org.atelier.identity.department.application.DeactivatingDepartment;
import org.atelier.identity.department.application.FindingDepartments;
import org.atelier.identity.department.application.RenamingDepartment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The departments of the admin API, for administrators and provisioning systems: the same use cases and rules as
 * the admin pages. Every change publishes its directory event.
 */
@RestController
@RequestMapping(path = "/api/departments", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Departments", description = "The company's departments: every change is published on atelier.identity.events")
class DepartmentApiController {

    private final FindingDepartments finding;
    private final CreatingDepartment creating;
    private final RenamingDepartment renaming;
    private final DeactivatingDepartment deactivating;

    DepartmentApiController(FindingDepartments finding, CreatingDepartment creating, RenamingDepartment renaming,
                            DeactivatingDepartment deactivating) {
        this.finding = finding;
        this.creating = creating;
        this.renaming = renaming;
        this.deactivating = deactivating;
    }

    @GetMapping
    @Operation(summary = "Every department, in force and closed, by code")
    List<DepartmentResponse> list() {
        return finding.all().stream().map(DepartmentResponse::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One department")
    DepartmentResponse get(@PathVariable String code) {
        DepartmentCode department = codeOf(code);
        return DepartmentResponse.of(finding.find(department).orElseThrow(() -> new DepartmentNotFound(department)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a department", description = "409 when the code is taken, by a department in force or a closed one. "
            + "Publishes DepartmentCreated v1. Takes an Idempotency-Key")
    ResponseEntity<DepartmentResponse> create(@Valid @RequestBody CreateDepartmentRequest request) {
        DepartmentResponse created = DepartmentResponse.of(creating.create(new CreatingDepartment.Command(request.code(), request.nameEn(),
                request.nameRu())));
        return ResponseEntity.created(URI.create("/api/departments/" + created.code())).body(created);
    }

    @PutMapping(path = "/{code}/names", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename a department", description = "The code stays. A closed department can be renamed too. "
            + "Publishes DepartmentRenamed v1 unless the names are the same")
    DepartmentResponse rename(@PathVariable String code, @Valid @RequestBody RenameDepartmentRequest request) {
        DepartmentCode department = codeOf(code);
        return DepartmentResponse.of(renaming.rename(new RenamingDepartment.Command(department.value(), request.nameEn(), request.nameRu())));
    }

    @PostMapping("/{code}/closure")
    @Operation(summary = "Close a department", description = "Nobody can be assigned to it any more; old records still name it. "
            + "409 while active people belong to it: move or deactivate them first. Publishes DepartmentClosed v1 "
            + "(closing a closed department changes nothing)")
    DepartmentResponse close(@PathVariable String code) {
        return DepartmentResponse.of(deactivating.deactivate(codeOf(code)));
    }

    private static DepartmentCode codeOf(String raw) {
        try {
            return DepartmentCode.parse(raw);
        } catch (RuleViolation malformed) {
            throw new NotFound("No department has this code");
        }
    }
}
