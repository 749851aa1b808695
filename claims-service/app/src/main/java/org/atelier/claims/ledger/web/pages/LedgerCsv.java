package org.atelier.claims.ledger.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.atelier.claims.bonus.AccountStatement;
import org.atelier.claims.bonus.BonusDecision;
import org.atelier.claims.bonus.LedgerLine;
import org.atelier.claims.common.NotFound;
import org.atelier.claims.ledger.application.KeepingLedger;
import org.atelier.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An account's entries of a year as CSV (RFC 4180, UTF-8, a header row), one row per entry with its decision, meeting
 * and claim or commendation, for finance's spreadsheets. The same permissions as the page: 404 for an account the
 * reader may not see. Every value is a code, an id, a number or a date the service wrote, never free text, so nothing
 * a spreadsheet would run as a formula can get in.
 */
@Controller
class LedgerCsv {

    static final String[] HEADER = {"year", "month", "kind", "account", "currency", "amount_minor", "decision_id", "reverses_decision_id",
            "subject_kind", "subject_id", "meeting_id", "decided_by", "decided_at"};

    private final KeepingLedger ledger;
    private final LedgerPages pages;

    LedgerCsv(KeepingLedger ledger, LedgerPages pages) {
        this.ledger = ledger;
        this.pages = pages;
    }

    @GetMapping("/ledger/accounts/{account:" + LedgerPages.ACCOUNT + "}/entries.csv")
    void csv(CurrentUser user, @PathVariable String account, @RequestParam(required = false) String year, HttpServletResponse response)
            throws IOException {
        AccountStatement statement;
        try {
            statement = ledger.statement(user, account, pages.year(year));
        } catch (NotFound notFound) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ledger-" + account + "-" + statement.year() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (LedgerLine line : statement.lines()) {
                BonusDecision d = line.decision();
                csv.printRecord(line.year(), line.month(), line.entry().kind().name(), line.account(),
                        line.entry().amount().currency().getCurrencyCode(), line.entry().amount().minorUnits(), d.decisionId(), d.reverses(),
                        d.subject().kind().name(), d.subject().id(), d.meetingId(), d.decidedBy(), d.decidedAt());
            }
        }
    }
}
