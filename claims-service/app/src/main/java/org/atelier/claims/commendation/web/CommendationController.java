package org.atelier.claims.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.atelier.claims.commendation.Commendation;
import org.atelier.claims.commendation.application.FilingCommendations;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.web.Transitions;
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
@RequestMapping(path = "/api/commendations", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Commendation acts", description = "One department petitions to reward another for its help")
class CommendationController {

    static final String DEPARTMENT = "^[a-z][a-z0-9-]{1,39}$";

    record FileRequest(@Pattern(regexp = DEPARTMENT) String petitioningDepartment,
                       @NotNull @Pattern(regexp = DEPARTMENT) String commendedDepartment,
                       @NotBlank @Size(max = 4000) String help,
                       @NotBlank @Size(min = 3, max = 3) String currency,
                       @NotNull @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long proposedRewardMinor,
                       @Size(max = 1000) String recognition) {
    }

    record DecisionResponse(String decisionId, String meetingId, String outcome, long grantedMinor, String decidedBy, Instant decidedAt) {
    }

    record CommendationResponse(String id, String status, String petitioningDepartment, String commendedDepartment, String help,
                                String currency, long proposedRewardMinor, String recognition, String filedBy, Instant filedAt,
                                Transitions lifecycle, DecisionResponse decision) {

        static CommendationResponse of(Commendation c) {
            Commendation.Petition p = c.petition();
            return new CommendationResponse(c.id(), c.status().name(), p.petitioningDepartment(), p.commendedDepartment(), p.help(),
                    p.proposedReward().currency().getCurrencyCode(), p.proposedReward().minorUnits(), p.recognition(), c.filedBy(), c.filedAt(),
                    Transitions.of(c.lifecycle()), c.decision().map(d -> new DecisionResponse(d.decisionId(), d.meetingId(), d.outcome().name(),
                    d.granted().minorUnits(), d.decidedBy(), d.decidedAt())).orElse(null));
        }
    }

    private final FilingCommendations filing;

    CommendationController(FilingCommendations filing) {
        this.filing = filing;
    }

    @GetMapping
    @Operation(summary = "Every commendation act, newest first")
    List<CommendationResponse> all(@Parameter(hidden = true) CurrentUser caller) {
        return filing.all(caller).stream().map(CommendationResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One commendation act")
    CommendationResponse one(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
        return CommendationResponse.of(filing.find(caller, id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Petition for another department to be rewarded", description = "A department head, for their own department. "
            + "Publishes CommendationFiled v1")
    CommendationResponse file(@Parameter(hidden = true) CurrentUser caller, @Valid @RequestBody FileRequest r) {
        return CommendationResponse.of(filing.file(new FilingCommendations.FileCommand(caller, r.petitioningDepartment(), r.commendedDepartment(),
                r.help(), r.currency(), r.proposedRewardMinor(), r.recognition())));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw a petition before its hearing", description = "The petitioning department's head only")
    CommendationResponse withdraw(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
        return CommendationResponse.of(filing.withdraw(caller, id));
    }
}
