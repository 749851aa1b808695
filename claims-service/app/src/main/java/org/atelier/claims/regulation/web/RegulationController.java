package org.atelier.claims.regulation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.atelier.claims.regulation.Regulation;
import org.atelier.claims.regulation.application.KeepingRegulations;
import org.atelier.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/regulations", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Regulations", description = "The agreed rules of interaction between departments, versioned")
class RegulationController {

    record PublishRequest(@NotBlank @Pattern(regexp = Regulation.CODE) String id,
                          @NotBlank @Size(max = 200) String name,
                          @NotBlank @Size(max = 20_000) String text,
                          @NotBlank @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$") String owningDepartment,
                          @NotNull @Size(min = 1, max = 100) List<@NotBlank @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$") String> boundDepartments,
                          @NotNull LocalDate inForceFrom,
                          LocalDate inForceTo) {
    }

    private final KeepingRegulations keeping;

    RegulationController(KeepingRegulations keeping) {
        this.keeping = keeping;
    }

    @GetMapping
    @Operation(summary = "Every version of every regulation, by code and version")
    List<Regulation> all() {
        return keeping.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Every version of one regulation, oldest first")
    List<Regulation> versions(@PathVariable String id) {
        return keeping.versionsOf(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish a regulation's next version", description = "Top management or administrators. Versions are never "
            + "edited; a claim cites the version in force on the day of the breach")
    Regulation publish(@Parameter(hidden = true) CurrentUser caller, @Valid @RequestBody PublishRequest r) {
        return keeping.publish(new KeepingRegulations.PublishCommand(caller, r.id(), r.name(), r.text(), r.owningDepartment(),
                r.boundDepartments(), r.inForceFrom(), r.inForceTo()));
    }
}
