package org.atelier.survey.exit.link.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.atelier.security.CurrentUser;
import org.atelier.survey.exit.link.SelfServiceLink;
import org.atelier.survey.exit.link.application.AnsweringByLink;
import org.atelier.web.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/exit-interviews/{id}/links", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Self-service questionnaire links", description = "A link the former customer answers the questionnaire through, without signing in")
class SelfServiceLinkController {

    private final AnsweringByLink answering;

    SelfServiceLinkController(AnsweringByLink answering) {
        this.answering = answering;
    }

    /** @param url the link to send; shown only in this answer, since only the token's hash is kept */
    record IssuedLinkResponse(String id, String url, Instant expiresAt) {
    }

    record LinkResponse(String id, String issuedBy, Instant issuedAt, Instant expiresAt, String state, Instant closedAt) {

        static LinkResponse of(SelfServiceLink link) {
            return new LinkResponse(link.id(), link.issuedBy(), link.issuedAt(), link.expiresAt(), link.state().name(), link.closedAt());
        }
    }

    @PostMapping
    @Operation(summary = "Issue a questionnaire link for the former customer",
            description = "The case's assignee or a head of their department, while the case is open. Single use; expires after the "
                    + "configured number of days (30 by default); the URL is in this answer only")
    ResponseEntity<IssuedLinkResponse> issue(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
        AnsweringByLink.Issued issued = answering.issue(caller, id);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/answer/{token}").buildAndExpand(issued.token()).toUriString();
        return ResponseEntity.status(HttpStatus.CREATED).body(new IssuedLinkResponse(issued.link().id(), url, issued.link().expiresAt()));
    }

    @GetMapping
    @Operation(summary = "The case's links and what became of them")
    List<LinkResponse> list(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
        return answering.linksOf(caller, id).stream().map(LinkResponse::of).toList();
    }

    @PostMapping("/{linkId}/revocation")
    @Operation(summary = "Revoke an active link", description = "The case's assignee or a head of their department")
    ResponseEntity<?> revoke(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @PathVariable String linkId) {
        if (!answering.revoke(caller, id, linkId)) {
            ProblemDetail problem = Problems.conflict("No active link " + linkId + " on this case: it is unknown, used or revoked already");
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.noContent().build();
    }
}
