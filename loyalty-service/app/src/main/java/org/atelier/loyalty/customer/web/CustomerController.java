package org.atelier.loyalty.customer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.application.EditingProfile;
import org.atelier.loyalty.customer.application.GrantingReward;
import org.atelier.loyalty.customer.application.RedeemingPoints;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerFilter;
import org.atelier.loyalty.customer.CustomerSort;
import org.atelier.loyalty.customer.CustomerStatus;
import org.atelier.loyalty.customer.PossibleDuplicateName;
import org.atelier.loyalty.customer.PurchaseReversal;
import org.atelier.loyalty.customer.application.CorrectingRecords;
import org.atelier.loyalty.customer.TaxIdTaken;
import org.atelier.web.problems.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.application.ChangingClubMembership;
import org.atelier.loyalty.customer.application.ChangingSignificance;
import org.atelier.loyalty.customer.application.FindingCustomers;
import org.atelier.loyalty.customer.application.RecordingLoss;
import org.atelier.loyalty.customer.application.RecordingPurchase;
import org.atelier.loyalty.customer.application.RegisteringCustomer;
import org.atelier.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/customers", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Customers", description = "Customer companies, their significance and their losses to competitors")
class CustomerController {

    private final RegisteringCustomer registering;
    private final RecordingLoss recordingLoss;
    private final FindingCustomers finding;
    private final RecordingPurchase recordingPurchase;
    private final ChangingSignificance changingSignificance;
    private final ChangingClubMembership changingClubMembership;

    record ClubMembershipRequest(@jakarta.validation.constraints.NotNull Boolean member) {
    }

    /** Why the record was a mistake; kept in the customer's history with who corrected it. */
    record CorrectionRequest(@jakarta.validation.constraints.NotBlank
                             @jakarta.validation.constraints.Size(max = PurchaseReversal.MAX_REASON_LENGTH) String reason) {
    }

    private final EditingProfile editingProfile;
    private final RedeemingPoints redeemingPoints;
    private final GrantingReward grantingReward;
    private final Programmes programmes;
    private final CompanyCalendar calendar;
    private final CorrectingRecords correctingRecords;

    CustomerController(RegisteringCustomer registering, RecordingLoss recordingLoss, FindingCustomers finding,
                       RecordingPurchase recordingPurchase, ChangingSignificance changingSignificance,
                       ChangingClubMembership changingClubMembership, RedeemingPoints redeemingPoints, GrantingReward grantingReward,
                       EditingProfile editingProfile, Programmes programmes, CompanyCalendar calendar, CorrectingRecords correctingRecords) {
        this.correctingRecords = correctingRecords;
        this.editingProfile = editingProfile;
        this.redeemingPoints = redeemingPoints;
        this.grantingReward = grantingReward;
        this.programmes = programmes;
        this.calendar = calendar;
        this.changingClubMembership = changingClubMembership;
        this.registering = registering;
        this.recordingLoss = recordingLoss;
        this.finding = finding;
        this.recordingPurchase = recordingPurchase;
        this.changingSignificance = changingSignificance;
    }

    @PostMapping(path = "/{id}/club", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Take a customer into the loyal-customers' club, or out of it",
            description = "A member counts as loyal. Publishes ClubMembershipChanged v1 and, if loyalty changes, CustomerBecameLoyal / CustomerLoyaltyLapsed v1")
    CustomerResponse changeClubMembership(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id,
                                          @Valid @RequestBody ClubMembershipRequest request) {
        return respond(changingClubMembership.change(new ChangingClubMembership.Command(caller, id, request.member())));
    }

    @PostMapping(path = "/{id}/purchases/{purchaseId}/reversal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reverse a purchase recorded by mistake",
            description = "Heads of sales or marketing. The purchase stays in the history, marked reversed; it no longer counts for "
                    + "loyalty or a win-back; its points come off the balance as far as they are unspent. Publishes PurchaseReversed v1 "
                    + "and, if loyalty changes, CustomerLoyaltyLapsed v1")
    CustomerResponse reversePurchase(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @PathVariable String purchaseId,
                                     @Valid @RequestBody CorrectionRequest request) {
        return respond(correctingRecords.reversePurchase(new CorrectingRecords.ReversePurchase(caller, id, purchaseId, request.reason())));
    }

    @PostMapping(path = "/{id}/loss/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw the loss of a lost customer, recorded by mistake",
            description = "Heads of sales or marketing. The customer is active again; the loss stays in the history, marked withdrawn. "
                    + "Publishes LossWithdrawn v1 and, if loyalty changes, CustomerBecameLoyal v1")
    CustomerResponse withdrawLoss(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id,
                                  @Valid @RequestBody CorrectionRequest request) {
        return respond(correctingRecords.withdrawLoss(new CorrectingRecords.WithdrawLoss(caller, id, request.reason())));
    }

    @PostMapping(path = "/{id}/redemptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Spend a customer's points against an invoice",
            description = "The soonest-expiring points go first; tier points are not affected. Publishes PointsRedeemed v1")
    ResponseEntity<CustomerResponse> redeemPoints(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id,
                                                  @Valid @RequestBody RedeemPointsRequest request) {
        Customer customer = redeemingPoints.redeem(new RedeemingPoints.Command(caller, id, request.points(), request.reference()));
        return ResponseEntity.status(201).body(respond(customer));
    }

    @PostMapping(path = "/{id}/rewards", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a non-material reward: what, when, why", description = "Publishes RewardGranted v1")
    ResponseEntity<CustomerResponse> grantReward(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id,
                                                 @Valid @RequestBody GrantRewardRequest request) {
        Customer customer = grantingReward.grant(new GrantingReward.Command(caller, id, request.reward(), request.grantedOn(),
                request.reason()));
        return ResponseEntity.status(201).body(respond(customer));
    }

    @PutMapping(path = "/{id}/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct or update a customer's name and profile",
            description = "The whole profile as it should be: fields left out or empty are cleared. Kept in the customer's history "
                    + "with who, when and which fields; publishes CustomerProfileChanged v1 when anything changed")
    CustomerResponse editProfile(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id,
                                 @Valid @RequestBody EditProfileRequest request) {
        return respond(editingProfile.edit(new EditingProfile.Command(caller, id, request.name(), request.taxId(), request.segment(),
                request.region(), request.accountManager(), request.department(), request.cooperationSince())));
    }

    @PostMapping(path = "/{id}/significance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Make a customer key or regular", description = "Kept in the customer's history with who and why; publishes CustomerSignificanceChanged v1")
    CustomerResponse changeSignificance(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id,
                                        @Valid @RequestBody ChangeSignificanceRequest request) {
        return respond(changingSignificance.change(new ChangingSignificance.Command(caller, id, request.significance(), request.reason())));
    }

    @PostMapping(path = "/{id}/purchases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a purchase",
            description = "Publishes PurchaseRecorded v1; a lost customer buying again is regained (CustomerRegained v1); "
                    + "a change of loyalty publishes CustomerBecameLoyal v1 or CustomerLoyaltyLapsed v1")
    ResponseEntity<CustomerResponse> recordPurchase(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id,
                                                    @Valid @RequestBody RecordPurchaseRequest request) {
        Customer customer = recordingPurchase.record(new RecordingPurchase.Command(caller, id, request.amountMinor(),
                request.currency(), request.date(), request.contractReference()));
        return ResponseEntity.status(201).body(respond(customer));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a customer", description = "Publishes CustomerRegistered v1. A tax id another customer has is "
            + "refused (409, property holder); a name another customer has, case and spaces aside, is refused (409, property matches) "
            + "unless acknowledgeDuplicateName is true")
    ResponseEntity<CustomerResponse> register(@Parameter(hidden = true) CurrentUser caller, @Valid @RequestBody RegisterCustomerRequest request) {
        Customer customer = registering.register(new RegisteringCustomer.Command(caller, request.name(), request.significance(),
                request.taxId(), request.segment(), request.region(), request.accountManager(), request.department(),
                request.cooperationSince(), Boolean.TRUE.equals(request.acknowledgeDuplicateName())));
        return ResponseEntity.created(URI.create("/api/customers/" + customer.id())).body(respond(customer));
    }

    @GetMapping
    @Operation(summary = "List customers, optionally searched, filtered and sorted",
            description = "total counts every match; a page past the last one is refused (400, field page, naming the last page), "
                    + "except page 0, which always exists")
    CustomerPageResponse list(@Parameter(description = "Part of the name, any case, or of the tax id (INN)") @RequestParam(required = false) String q,
                              @RequestParam(required = false) Significance significance,
                              @RequestParam(required = false) CustomerStatus status,
                              @Parameter(description = "Account manager's username, any case") @RequestParam(required = false) String manager,
                              @RequestParam(required = false) Boolean loyal,
                              @Parameter(description = "name, significance, status, lastPurchase or registered; prefix - for descending")
                              @RequestParam(required = false) String sort,
                              @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        CustomerSort order = CustomerSort.parse(sort);
        FindingCustomers.Page found = finding.pageWithinRange(new CustomerFilter(q, significance, status, manager, loyal), order, page, size);
        // One read of the programme for the whole page, not one per customer listed.
        ProgrammeTerms terms = programmes.current().terms();
        LocalDate today = calendar.today();
        return new CustomerPageResponse(found.customers().stream().map(customer -> CustomerResponse.of(customer, terms, today)).toList(),
                found.page(), found.size(), found.total(), found.lastPage(), order.parameter());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One customer")
    CustomerResponse get(@PathVariable String id) {
        return respond(finding.byId(id));
    }

    @PostMapping(path = "/{id}/loss", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the loss of a customer to a competitor",
            description = "Several reasons, exactly one primary; a STAFF_ATTITUDE reason names the department(s) at fault. Publishes CustomerLost v1")
    CustomerResponse recordLoss(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id, @Valid @RequestBody RecordLossRequest request) {
        RecordingLoss.Command command = new RecordingLoss.Command(caller, id, request.competitor(), request.lostOn(),
                request.reasons().stream().map(reason -> new RecordingLoss.Reason(reason.code(), reason.primary(), reason.departmentsAtFault())).toList(),
                request.note());
        return respond(recordingLoss.record(command));
    }

    /**
     * Here rather than in an advice: they are rule violations (so the pages show them in their forms), and the API's
     * handler of rule violations would otherwise answer 400 before any advice of the same precedence answers 409.
     */
    @ExceptionHandler(PossibleDuplicateName.class)
    ProblemDetail possibleDuplicate(PossibleDuplicateName duplicate) {
        ProblemDetail problem = Problems.conflict(duplicate.getMessage());
        problem.setProperty("field", duplicate.field());
        problem.setProperty("matches", duplicate.matches());
        return problem;
    }

    @ExceptionHandler(TaxIdTaken.class)
    ProblemDetail taxIdTaken(TaxIdTaken taken) {
        ProblemDetail problem = Problems.conflict(taken.getMessage());
        problem.setProperty("field", taken.field());
        problem.setProperty("holder", taken.holder());
        return problem;
    }

    /** Points, tier and discount are shown as of today under the programme in force. */
    private CustomerResponse respond(Customer customer) {
        return CustomerResponse.of(customer, programmes.current().terms(), calendar.today());
    }
}
