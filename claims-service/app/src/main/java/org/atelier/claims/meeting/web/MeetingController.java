package org.atelier.claims.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.atelier.claims.bonus.Outcome;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.commendation.Commendation;
import org.atelier.claims.common.Money;
import org.atelier.claims.meeting.AgendaItem;
import org.atelier.claims.common.Head;
import org.atelier.claims.meeting.Meeting;
import org.atelier.claims.meeting.application.RunningMeetings;
import org.atelier.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Heads' meetings", description = "Top management plans them, takes attendance and decides each item heard")
class MeetingController {

    record ItemRequest(@NotNull AgendaItem.Kind kind, @NotBlank @Size(max = 64) String id) {
    }

    record PlanRequest(@NotNull LocalDate date,
                       @NotNull @Size(min = 1, max = Meeting.MAX_AGENDA) @Schema(description = "Claims and commendations in the order heard")
                       List<@Valid @NotNull ItemRequest> agenda) {
    }

    record AttendanceRequest(@NotNull @Size(max = 500) @Schema(description = "Usernames of the heads who attended") List<@NotBlank @Size(max = 100) String> present) {
    }

    record ClaimDecisionRequest(@NotNull Outcome outcome,
                                @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) @Schema(description = "S, for PARTIALLY_UPHELD only") Long recognisedShortfallMinor,
                                @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) @Schema(description = "D within 0…S; the policy's proposal when left out") Long deductionMinor,
                                @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) @Schema(description = "The claimant's plan target is lowered by it; "
                                        + "what was requested when left out") Long planAdjustment,
                                @Size(max = 4000) String reasoning) {

        RunningMeetings.ClaimVerdict verdict() {
            return new RunningMeetings.ClaimVerdict(outcome, recognisedShortfallMinor, deductionMinor, planAdjustment, reasoning);
        }
    }

    record CommendationDecisionRequest(@NotNull Commendation.Outcome outcome,
                                       @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) @Schema(description = "The amount granted; the proposal when "
                                               + "left out for APPROVED") Long grantedMinor) {
    }

    record PreviewResponse(String outcome, String currency, long recognisedShortfallMinor, long proposedDeductionMinor, long deductionMinor,
                           long compensationMinor, long poolShareMinor, long planAdjustment, int policyYear, int deductionRatio,
                           int compensationRatio, int redistributionRatio) {
    }

    record HeadResponse(String username, String department) {
        static List<HeadResponse> of(List<Head> heads) {
            return heads.stream().map(h -> new HeadResponse(h.username(), h.department())).toList();
        }
    }

    record ItemResponse(String kind, String id) {
        static List<ItemResponse> of(List<AgendaItem> items) {
            return items.stream().map(i -> new ItemResponse(i.kind().name(), i.id())).toList();
        }
    }

    record MinutesResponse(String kind, String id, String claimantCase, String respondentAnswer, String consequences, String recordedBy,
                           Instant recordedAt) {
        static List<MinutesResponse> of(Meeting m) {
            return m.minutes().entrySet().stream().map(e -> new MinutesResponse(e.getKey().kind().name(), e.getKey().id(),
                    e.getValue().claimantCase(), e.getValue().respondentAnswer(), e.getValue().consequences(), e.getValue().recordedBy(),
                    e.getValue().recordedAt())).toList();
        }
    }

    record MinutesRequest(@NotBlank @Size(max = 4000) String claimantCase, @Size(max = 4000) String respondentAnswer,
                          @Size(max = 4000) String consequences) {
    }

    record MeetingResponse(String id, LocalDate date, String status, List<ItemResponse> agenda, String plannedBy, Instant plannedAt,
                           List<HeadResponse> attendance, List<HeadResponse> absentees, List<ItemResponse> heard, List<ItemResponse> adjourned,
                           String heldBy, Instant heldAt, List<MinutesResponse> minutes) {

        static MeetingResponse of(Meeting m) {
            Meeting.Record r = m.record().orElse(null);
            return new MeetingResponse(m.id(), m.date(), m.status().name(), ItemResponse.of(m.agenda()), m.plannedBy(), m.plannedAt(),
                    r == null ? List.of() : HeadResponse.of(r.attendance()), r == null ? List.of() : HeadResponse.of(r.absentees()),
                    r == null ? List.of() : ItemResponse.of(r.heard()), r == null ? List.of() : ItemResponse.of(r.adjourned()),
                    r == null ? null : r.heldBy(), r == null ? null : r.heldAt(), MinutesResponse.of(m));
        }
    }

    /** @param decisionId the decision's id, which its bonus ledger entries carry */
    record ItemDecisionResponse(String id, String status, String decisionId) {
    }

    private final RunningMeetings running;

    MeetingController(RunningMeetings running) {
        this.running = running;
    }

    @GetMapping
    @Operation(summary = "Every meeting, latest date first")
    List<MeetingResponse> all(@Parameter(hidden = true) CurrentUser caller) {
        return running.all(caller).stream().map(MeetingResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting: agenda, attendance, what was heard and adjourned")
    MeetingResponse one(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
        return MeetingResponse.of(running.find(caller, id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a meeting with its agenda", description = "Top management only. Every item must be filed and not yet "
            + "scheduled; each is scheduled for this meeting. Publishes MeetingPlanned v1 and ClaimScheduled v1 per claim")
    MeetingResponse plan(@Parameter(hidden = true) CurrentUser caller, @Valid @RequestBody PlanRequest r) {
        return MeetingResponse.of(running.plan(caller, r.date(), r.agenda().stream().map(i -> new AgendaItem(i.kind(), i.id())).toList()));
    }

    @PostMapping(path = "/{id}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hold the meeting: take attendance", description = "Top management only. Attendance is taken against the heads "
            + "of all departments in the directory; an item is heard when its claimant's (petitioner's) or respondent's (commended) head "
            + "attended, otherwise adjourned. Publishes MeetingHeld v1")
    MeetingResponse hold(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @Valid @RequestBody AttendanceRequest r) {
        return MeetingResponse.of(running.hold(caller, id, new LinkedHashSet<>(r.present())));
    }

    @PutMapping(path = "/{id}/minutes/{kind}/{itemId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the minutes of an item heard at this meeting", description = "Top management only: the claimant's "
            + "(petitioner's) case, the other side's answer, the consequences stated. Again to correct them")
    MeetingResponse minutes(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @PathVariable AgendaItem.Kind kind,
                            @PathVariable String itemId, @Valid @RequestBody MinutesRequest r) {
        return MeetingResponse.of(running.recordMinutes(caller, id, new AgendaItem(kind, itemId), r.claimantCase(), r.respondentAnswer(),
                r.consequences()));
    }

    @PostMapping(path = "/{id}/claims/{claimId}/decision-preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The money a decision would move, before it is confirmed", description = "Nothing is stored")
    PreviewResponse preview(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @PathVariable String claimId,
                            @Valid @RequestBody ClaimDecisionRequest r) {
        RunningMeetings.Preview p = running.preview(caller, id, claimId, r.verdict());
        return new PreviewResponse(p.settlement().outcome().name(), p.settlement().deduction().currency().getCurrencyCode(),
                p.settlement().recognisedShortfall().minorUnits(), p.policy().proposedDeduction(p.settlement().recognisedShortfall().minorUnits()),
                p.settlement().deduction().minorUnits(), p.settlement().compensation().minorUnits(), p.settlement().poolShare().minorUnits(),
                p.planAdjustment(), p.policy().year(), p.policy().deductionRatio(), p.policy().compensationRatio(), p.policy().redistributionRatio());
    }

    @PostMapping(path = "/{id}/claims/{claimId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide a claim heard at this meeting", description = "Top management only. Publishes ClaimDecided v1 with the money")
    ItemDecisionResponse decideClaim(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @PathVariable String claimId,
                                     @Valid @RequestBody ClaimDecisionRequest r) {
        Claim claim = running.decideClaim(caller, id, claimId, r.verdict());
        return new ItemDecisionResponse(claimId, claim.status().name(), claim.decision().orElseThrow().decisionId());
    }

    @PostMapping(path = "/{id}/commendations/{commendationId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide a commendation heard at this meeting", description = "Top management only. Publishes CommendationDecided v1")
    ItemDecisionResponse decideCommendation(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id,
                                            @PathVariable String commendationId, @Valid @RequestBody CommendationDecisionRequest r) {
        Commendation commendation = running.decideCommendation(caller, id, commendationId, r.outcome(), r.grantedMinor());
        return new ItemDecisionResponse(commendationId, commendation.status().name(), commendation.decision().orElseThrow().decisionId());
    }
}
