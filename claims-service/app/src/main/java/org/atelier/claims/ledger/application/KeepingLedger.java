package org.atelier.claims.ledger.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.claim.ClaimDecision;
import org.atelier.claims.claim.Claims;
import org.atelier.claims.commendation.Commendation;
import org.atelier.claims.commendation.Commendations;
import org.atelier.claims.common.Lifecycle;
import org.atelier.claims.common.NotFound;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.bonus.AccountStatement;
import org.atelier.claims.bonus.Accounts;
import org.atelier.claims.common.Departments;
import org.atelier.claims.bonus.BonusDecision;
import org.atelier.claims.bonus.LedgerLine;
import org.atelier.claims.bonus.LedgerPermissions;
import org.atelier.claims.bonus.Reversals;
import org.atelier.security.CurrentUser;

/**
 * The department bonus ledger, read as a projection of the decisions: the entries each decided claim and commendation
 * carries in its own document, and the reversals. Nothing else writes entries, so the ledger cannot hold an entry
 * without its decision nor lose one a decision posted; and the only correction is a reversing decision.
 */
public class KeepingLedger {

    /** A decision with the reversal of it, if there is one. */
    public record DecisionRecord(BonusDecision decision, Optional<BonusDecision> reversedBy) {
    }

    private final Claims claims;
    private final Commendations commendations;
    private final Reversals reversals;
    private final Departments departments;
    private final Clock clock;
    private final ZoneId companyZone;

    public KeepingLedger(Claims claims, Commendations commendations, Reversals reversals, Departments departments, Clock clock,
                         ZoneId companyZone) {
        this.claims = claims;
        this.commendations = commendations;
        this.reversals = reversals;
        this.departments = departments;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    /** The current year in the company's time zone: the one a statement shows unless asked for another. */
    public int currentYear() {
        return LocalDate.now(clock.withZone(companyZone)).getYear();
    }

    /**
     * The accounts the caller may see: every department in force, and any other a decision posted to (a department
     * since closed), then the annual pool and the company fund.
     */
    public List<String> accounts(CurrentUser caller) {
        Set<String> accounts = new LinkedHashSet<>(departments.codesInForce());
        lines().stream().map(LedgerLine::account).filter(a -> !Accounts.isCompanyAccount(a)).sorted().forEach(accounts::add);
        accounts.add(Accounts.ANNUAL_POOL);
        accounts.add(Accounts.COMPANY_FUND);
        return accounts.stream().filter(a -> LedgerPermissions.maySee(caller, a)).toList();
    }

    /** Every decision that posts to the ledger, reversals included, oldest first. */
    public List<BonusDecision> decisions() {
        return Stream.of(
                        claims.all().stream().map(Claim::decision).flatMap(Optional::stream).map(ClaimDecision::ledger),
                        commendations.all().stream().map(Commendation::decision).flatMap(Optional::stream).map(Commendation.Decision::ledger),
                        reversals.all().stream())
                .flatMap(s -> s).filter(Objects::nonNull)
                .sorted(Comparator.comparing(BonusDecision::decidedAt).thenComparing(BonusDecision::decisionId)).toList();
    }

    public List<LedgerLine> lines() {
        return decisions().stream().flatMap(d -> d.lines().stream()).toList();
    }

    /** An account's entries and balances of one year; 404 for an account the caller may not see. */
    public AccountStatement statement(CurrentUser caller, String account, int year) {
        if (!LedgerPermissions.maySee(caller, account)) {
            throw new NotFound("bonus account", account);
        }
        return AccountStatement.of(account, year, lines());
    }

    /** The year's statements of every account the caller may see among these. */
    public List<AccountStatement> statements(CurrentUser caller, List<String> accounts, int year) {
        List<LedgerLine> lines = lines();
        List<AccountStatement> statements = new ArrayList<>();
        for (String account : accounts) {
            if (LedgerPermissions.maySee(caller, account)) {
                statements.add(AccountStatement.of(account, year, lines));
            }
        }
        return statements;
    }

    public DecisionRecord decision(CurrentUser caller, String decisionId) {
        List<BonusDecision> all = decisions();
        BonusDecision decision = all.stream().filter(d -> d.decisionId().equals(decisionId)).findFirst()
                .filter(d -> LedgerPermissions.maySee(caller, d))
                .orElseThrow(() -> new NotFound("decision", decisionId));
        return new DecisionRecord(decision, all.stream().filter(d -> decisionId.equals(d.reverses())).findFirst());
    }

    /**
     * Top management corrects a decision's money: a new decision posting the negated entries, referencing the
     * original, which stays as it was. A decision is reversed once; a reversal is not reversed itself.
     */
    public BonusDecision reverse(CurrentUser caller, String decisionId, String reason) {
        LedgerPermissions.checkMayReverse(caller);
        String why = requireReason(reason);
        BonusDecision original = decisions().stream().filter(d -> d.decisionId().equals(decisionId)).findFirst()
                .orElseThrow(() -> new NotFound("decision", decisionId));
        if (original.isReversal()) {
            throw new Lifecycle.IllegalTransition("decisionId", "reversalNotReversed", "{0} is a reversal itself: it is not reversed", decisionId);
        }
        if (original.entries().isEmpty()) {
            throw new RuleViolation("decisionId", "nothingToReverse", "The decision {0} moved no money: there is nothing to reverse", decisionId);
        }
        BonusDecision reversal = original.reversal(UUID.randomUUID().toString(), why, caller.username(), clock.instant());
        if (!reversals.add(reversal)) {
            throw new Lifecycle.IllegalTransition("decisionId", "alreadyReversed", "The decision {0} is reversed already", decisionId);
        }
        return reversal;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "required", "Required");
        }
        if (reason.strip().length() > 2000) {
            throw new RuleViolation("reason", "tooLong", "At most {0} characters", "2000");
        }
        return reason.strip();
    }
}
