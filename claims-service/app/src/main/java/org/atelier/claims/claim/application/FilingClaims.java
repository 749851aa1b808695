package org.atelier.claims.claim.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.claim.ClaimPermissions;
import org.atelier.claims.claim.Claims;
import org.atelier.claims.claim.Evidence;
import org.atelier.claims.common.Departments;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.NotFound;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.customer.KnownCustomer;
import org.atelier.claims.customer.KnownCustomers;
import org.atelier.claims.regulation.Regulation;
import org.atelier.claims.regulation.Regulations;
import org.atelier.security.CurrentUser;

/** A department head's work on claims: filing one, stating the respondent's position, withdrawing one; and reading them. */
public class FilingClaims {

    public record FileCommand(CurrentUser caller, String claimantDepartment, String respondentDepartment, String regulationId,
                              String whatHappened, LocalDate happenedOn, String customerId, String contractReference,
                              String customerConsequences, String planIndicator, String currency, long claimedShortfallMinor,
                              long planAdjustmentRequested, List<Evidence> evidence) {
    }

    private final Claims claims;
    private final Regulations regulations;
    private final Departments departments;
    private final KnownCustomers customers;
    private final Clock clock;
    private final ZoneId companyZone;

    public FilingClaims(Claims claims, Regulations regulations, Departments departments, KnownCustomers customers, Clock clock,
                        ZoneId companyZone) {
        this.claims = claims;
        this.regulations = regulations;
        this.departments = departments;
        this.customers = customers;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    public Claim file(FileCommand command) {
        String claimant = command.claimantDepartment() != null ? command.claimantDepartment() : command.caller().department();
        ClaimPermissions.checkMayFile(command.caller(), claimant);
        departments.requireInForce("claimantDepartment", claimant);
        departments.requireInForce("respondentDepartment", command.respondentDepartment());
        if (command.happenedOn() == null) {
            throw new RuleViolation("happenedOn", "required", "Required");
        }
        Regulation regulation = regulations.inForceOn(command.regulationId(), command.happenedOn()).orElseThrow(() -> new RuleViolation(
                "regulationId", "noRegulationInForce", "No version of the regulation ''{0}'' was in force on {1}",
                String.valueOf(command.regulationId()), command.happenedOn().toString()));
        KnownCustomer customer = relatedCustomer(command.customerId());
        Claim.Statement statement = new Claim.Statement(claimant, command.respondentDepartment(), regulation.id(), regulation.version(),
                command.whatHappened(), command.happenedOn(), customer == null ? null : customer.customerId(),
                customer == null ? null : customer.name(), command.contractReference(), command.customerConsequences(),
                command.planIndicator(), Money.of(command.claimedShortfallMinor(), command.currency()), command.planAdjustmentRequested(),
                command.evidence());
        Claim claim = Claim.file(UUID.randomUUID().toString(), statement, regulation, command.caller().username(), clock.instant(),
                LocalDate.now(clock.withZone(companyZone)));
        claims.save(claim);
        return claim;
    }

    /** The customer a claim names must be one claims knows by name from loyalty's events; none is fine. */
    private KnownCustomer relatedCustomer(String customerId) {
        if (customerId == null || customerId.isBlank()) {
            return null;
        }
        String id = customerId.strip();
        return customers.find(id).filter(KnownCustomer::isNamed).orElseThrow(() -> new RuleViolation("customerId", "unknownCustomer",
                "No customer with the id ''{0}'' is known from loyalty; pick the customer by name", id));
    }

    public Claim recordPosition(CurrentUser caller, String claimId, String position) {
        Claim claim = find(caller, claimId);
        ClaimPermissions.checkMayStatePosition(caller, claim);
        claim.recordPosition(position, caller.username(), clock.instant());
        claims.save(claim);
        return claim;
    }

    public Claim withdraw(CurrentUser caller, String claimId, String reason) {
        Claim claim = find(caller, claimId);
        ClaimPermissions.checkMayWithdraw(caller, claim);
        claim.withdraw(reason, caller.username(), clock.instant());
        claims.save(claim);
        return claim;
    }

    public Claim find(CurrentUser caller, String claimId) {
        if (!ClaimPermissions.maySee(caller)) {
            throw new NotFound("claim", claimId);
        }
        return claims.find(claimId).orElseThrow(() -> new NotFound("claim", claimId));
    }

    public List<Claim> all(CurrentUser caller) {
        return ClaimPermissions.maySee(caller) ? claims.all() : List.of();
    }
}
