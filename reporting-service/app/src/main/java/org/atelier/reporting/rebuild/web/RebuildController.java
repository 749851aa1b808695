package org.atelier.reporting.rebuild.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.atelier.reporting.rebuild.RebuildStatus;
import org.atelier.reporting.rebuild.RebuildableView;
import org.atelier.reporting.rebuild.ViewRebuilds;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.atelier.web.problems.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/admin/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration", description = "Rebuilding the read models from the topics")
class RebuildController {

    private final ViewRebuilds rebuilds;

    RebuildController(ViewRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/{view}")
    @Operation(summary = "Rebuild a view from offset 0 of its topic into fresh collections; the current ones serve until the "
            + "rebuild has caught up, then the view switches to the new ones in one step",
            responses = {
                    @ApiResponse(responseCode = "202", description = "Started; the Location header is the status to follow"),
                    @ApiResponse(responseCode = "404", description = "No such view"),
                    @ApiResponse(responseCode = "409", description = "A rebuild of the view is running already")})
    ResponseEntity<?> rebuild(@Parameter(hidden = true) CurrentUser caller,
                              @Parameter(description = "churn, exit-interviews, claims, pool or matrix") @PathVariable String view) {
        checkMayRebuild(caller);
        RebuildableView known = RebuildableView.byId(view).orElse(null);
        if (known == null) {
            return unknown(view);
        }
        URI status = URI.create("/api/admin/rebuild/" + known.id());
        return rebuilds.start(known)
                .<ResponseEntity<?>>map(started -> ResponseEntity.accepted().location(status).body(started))
                .orElseGet(() -> ResponseEntity.status(409).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Problems.conflict("A rebuild of " + known.id() + " is running already; follow " + status)));
    }

    @GetMapping("/{view}")
    @Operation(summary = "The view's latest rebuild: its state (NONE, RUNNING, FINISHED, FAILED), records applied and skipped, "
            + "when it started and finished")
    ResponseEntity<?> status(@Parameter(hidden = true) CurrentUser caller, @PathVariable String view) {
        checkMayRebuild(caller);
        return RebuildableView.byId(view).<ResponseEntity<?>>map(known -> ResponseEntity.ok(rebuilds.status(known)))
                .orElseGet(() -> unknown(view));
    }

    /**
     * Administrators, and other systems (whose tokens need {@code atelier.write} to start one): a rebuild changes no
     * fact, it derives the same read model again from the same events, so the worst a caller can do is cost load, and
     * a view rebuilds once at a time.
     */
    private static void checkMayRebuild(CurrentUser caller) {
        if (!caller.hasAny(Role.ADMIN, Role.SYSTEM)) {
            throw new NotAllowed("Rebuilding a read model is for administrators");
        }
    }

    private static ResponseEntity<?> unknown(String view) {
        return ResponseEntity.status(404).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.notFound("No view is called '" + view + "'; the views are churn, exit-interviews, claims, pool and matrix"));
    }
}
