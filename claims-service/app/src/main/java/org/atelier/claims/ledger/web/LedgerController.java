package org.atelier.claims.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.atelier.claims.bonus.AccountStatement;
import org.atelier.claims.bonus.BonusDecision;
import org.atelier.claims.bonus.LedgerLine;
import org.atelier.claims.common.Money;
import org.atelier.claims.ledger.application.KeepingLedger;
import org.atelier.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(path = "/api/ledger", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Bonus ledger", description = "Append-only entries per department, the annual pool and the company bonus fund")
class LedgerController {

    static final String ACCOUNT = "^[a-z][a-z0-9-]{1,39}$";
    static final String ID = "^[A-Za-z0-9-]{1,64}$";

    record Amount(String currency, long minor) {
        static List<Amount> of(List<Money> balances) {
            return balances.stream().map(m -> new Amount(m.currency().getCurrencyCode(), m.minorUnits())).toList();
        }
    }

    record EntryResponse(String decisionId, String reversesDecisionId, String subjectKind, String subjectId, String meetingId, int year,
                         int month, String kind, String account, String currency, long amountMinor, String decidedBy, Instant decidedAt) {
        static EntryResponse of(LedgerLine line) {
            BonusDecision d = line.decision();
            return new EntryResponse(d.decisionId(), d.reverses(), d.subject().kind().name(), d.subject().id(), d.meetingId(), line.year(),
                    line.month(), line.entry().kind().name(), line.account(), line.entry().amount().currency().getCurrencyCode(),
                    line.entry().amount().minorUnits(), d.decidedBy(), d.decidedAt());
        }
    }

    record MonthBalance(int month, List<Amount> balance) {
    }

    record StatementResponse(String account, int year, List<EntryResponse> entries, List<MonthBalance> monthly, List<Amount> balance) {
        static StatementResponse of(AccountStatement s) {
            return new StatementResponse(s.account(), s.year(), s.lines().stream().map(EntryResponse::of).toList(),
                    s.monthly().entrySet().stream().map(e -> new MonthBalance(e.getKey(), Amount.of(e.getValue()))).toList(),
                    Amount.of(s.balance()));
        }
    }

    record AccountBalance(String account, int year, List<Amount> balance) {
    }

    record DecisionResponse(String decisionId, String reversesDecisionId, String subjectKind, String subjectId, String meetingId, int year,
                            int month, List<EntryResponse> entries, String reason, String decidedBy, Instant decidedAt, String reversedBy) {
        static DecisionResponse of(BonusDecision d, String reversedBy) {
            return new DecisionResponse(d.decisionId(), d.reverses(), d.subject().kind().name(), d.subject().id(), d.meetingId(),
                    d.period().getYear(), d.period().getMonthValue(), d.lines().stream().map(EntryResponse::of).toList(), d.reason(),
                    d.decidedBy(), d.decidedAt(), reversedBy);
        }
    }

    record ReversalRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    private final KeepingLedger ledger;

    LedgerController(KeepingLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/accounts")
    @Operation(summary = "The balances of a year of every account the caller may see",
            description = "Departments, annual-pool (of that year) and company-fund. The year defaults to the current one")
    List<AccountBalance> accounts(@Parameter(hidden = true) CurrentUser caller,
                                  @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        int y = year != null ? year : ledger.currentYear();
        return ledger.statements(caller, ledger.accounts(caller), y).stream()
                .map(s -> new AccountBalance(s.account(), y, Amount.of(s.balance()))).toList();
    }

    @GetMapping("/accounts/{account}")
    @Operation(summary = "An account's entries of a year, with its balance per month and for the year",
            description = "404 for an account the caller may not see")
    StatementResponse statement(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Pattern(regexp = ACCOUNT) String account,
                                @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return StatementResponse.of(ledger.statement(caller, account, year != null ? year : ledger.currentYear()));
    }

    @GetMapping("/decisions/{decisionId}")
    @Operation(summary = "A decision's entries, and the reversal of it if there is one")
    DecisionResponse decision(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Pattern(regexp = ID) String decisionId) {
        KeepingLedger.DecisionRecord found = ledger.decision(caller, decisionId);
        return DecisionResponse.of(found.decision(), found.reversedBy().map(BonusDecision::decisionId).orElse(null));
    }

    @PostMapping(path = "/decisions/{decisionId}/reversal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reverse a decision's money", description = "Top management only. A new decision posting the negated entries, "
            + "referencing the original, which stays as it was; once per decision. Publishes BonusLedgerEntryPosted v1 per entry")
    DecisionResponse reverse(@Parameter(hidden = true) CurrentUser caller, @PathVariable @Pattern(regexp = ID) String decisionId,
                             @Valid @RequestBody ReversalRequest r) {
        return DecisionResponse.of(ledger.reverse(caller, decisionId, r.reason()), null);
    }
}
