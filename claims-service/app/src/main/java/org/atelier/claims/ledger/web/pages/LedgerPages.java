package org.atelier.claims.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.claims.bonus.AccountStatement;
import org.atelier.claims.bonus.Accounts;
import org.atelier.claims.bonus.BonusDecision;
import org.atelier.claims.bonus.BonusPolicy;
import org.atelier.claims.common.NotFound;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.common.web.DepartmentNames;
import org.atelier.claims.common.web.FormCheck;
import org.atelier.claims.common.web.FormFailures;
import org.atelier.claims.ledger.application.KeepingLedger;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.atelier.web.pages.Flash;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bonus ledger as its readers see it: the accounts they may see with their balances of a year, an account's
 * entries month by month (each linking to its decision, meeting and claim or commendation), a decision's entries, and
 * for top management the reversal of a decision.
 */
@Controller
class LedgerPages {

    static final String ACCOUNT = "[a-z][a-z0-9-]{1,39}";

    private final KeepingLedger ledger;
    private final DepartmentNames departments;
    private final MessageSource messages;
    private final FormFailures failures;

    LedgerPages(KeepingLedger ledger, DepartmentNames departments, MessageSource messages, FormFailures failures) {
        this.ledger = ledger;
        this.departments = departments;
        this.messages = messages;
        this.failures = failures;
    }

    @GetMapping("/ledger")
    String accounts(CurrentUser user, @RequestParam(required = false) String year, Model model) {
        int y = year(year);
        List<AccountStatement> statements = ledger.statements(user, ledger.accounts(user), y);
        model.addAttribute("year", y);
        model.addAttribute("statements", statements);
        model.addAttribute("accountNames", names(statements.stream().map(AccountStatement::account).toList()));
        return "ledger/index";
    }

    @GetMapping("/ledger/accounts/{account:" + ACCOUNT + "}")
    String account(CurrentUser user, @PathVariable String account, @RequestParam(required = false) String year, Model model,
                   HttpServletResponse response) {
        AccountStatement statement;
        try {
            statement = ledger.statement(user, account, year(year));
        } catch (NotFound notFound) {
            response.setStatus(404);
            return "ledger/not-found";
        }
        model.addAttribute("statement", statement);
        model.addAttribute("year", statement.year());
        model.addAttribute("accountName", names(List.of(account)).get(account));
        return "ledger/account";
    }

    @GetMapping("/ledger/decisions/{decisionId}")
    String decision(CurrentUser user, @PathVariable String decisionId, Model model, HttpServletResponse response) {
        KeepingLedger.DecisionRecord found;
        try {
            found = ledger.decision(user, decisionId);
        } catch (NotFound notFound) {
            response.setStatus(404);
            return "ledger/not-found";
        }
        BonusDecision decision = found.decision();
        model.addAttribute("decision", decision);
        model.addAttribute("lines", decision.lines());
        model.addAttribute("reversedBy", found.reversedBy().orElse(null));
        model.addAttribute("accountNames", names(decision.entries().stream().map(e -> e.account()).distinct().toList()));
        model.addAttribute("subjectPath", (decision.subject().kind() == BonusDecision.Subject.Kind.CLAIM ? "/claims/" : "/commendations/")
                + decision.subject().id());
        model.addAttribute("mayReverse", user.has(Role.MANAGEMENT) && !decision.isReversal() && found.reversedBy().isEmpty()
                && !decision.entries().isEmpty());
        return "ledger/decision";
    }

    @PostMapping("/ledger/decisions/{decisionId}/reversal")
    String reverse(CurrentUser user, @PathVariable String decisionId, @RequestParam(required = false) String reason, Model model,
                   RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        try {
            BonusDecision reversal = ledger.reverse(user, decisionId, FormCheck.required("reason", reason, 2000));
            Flash.done(redirect, "ledger.reversed");
            return "redirect:/ledger/decisions/" + reversal.decisionId();
        } catch (RuleViolation | NotAllowed refusal) {
            failures.showIn(model, "reversal", refusal, request, response);
            int status = response.getStatus();
            String view = decision(user, decisionId, model, response);
            if (response.getStatus() != 404) {
                response.setStatus(status);
            }
            return view;
        } catch (NotFound notFound) {
            response.setStatus(404);
            return "ledger/not-found";
        }
    }

    /** The year asked for, within the years policies exist for; the current one otherwise. */
    int year(String asked) {
        if (asked != null && asked.matches("\\d{4}")) {
            int year = Integer.parseInt(asked);
            if (year >= BonusPolicy.FIRST_YEAR && year <= BonusPolicy.LAST_YEAR) {
                return year;
            }
        }
        return ledger.currentYear();
    }

    /** Each account's name in the reader's language: the department's from the directory, or the pool's and the fund's. */
    Map<String, String> names(List<String> accounts) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String account : accounts) {
            names.put(account, Accounts.isCompanyAccount(account)
                    ? messages.getMessage("ledger.account." + account, null, account, LocaleContextHolder.getLocale())
                    : departments.name(account));
        }
        return names;
    }
}
