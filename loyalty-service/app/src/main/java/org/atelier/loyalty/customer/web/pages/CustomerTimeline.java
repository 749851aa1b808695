package org.atelier.loyalty.customer.web.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.customer.ClubMembershipChange;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerStatus;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.Loss;
import org.atelier.loyalty.customer.LossReason;
import org.atelier.loyalty.customer.ProfileChange;
import org.atelier.loyalty.customer.Purchase;
import org.atelier.loyalty.customer.PurchaseReversal;
import org.atelier.loyalty.customer.Reward;
import org.atelier.loyalty.customer.SignificanceChange;
import org.atelier.loyalty.customer.WithdrawnLoss;
import org.atelier.loyalty.programme.PointsAccount;
import org.atelier.web.pages.Formats;

/**
 * Everything that happened to a customer, newest first, for its card: each entry told in the reader's words (reasons,
 * departments, significance and profile fields by name, amounts and dates formatted), with the note typed with it.
 */
record CustomerTimeline(List<Entry> entries) {

    /** @param note what the person typed with the event (a loss's note), or null */
    record Entry(LocalDate date, String text, String note) {
    }

    /** @param calendar the company's: what happened at an instant is shown on the company's day */
    static CustomerTimeline of(Customer customer, CompanyCalendar calendar, Formats words, Function<String, String> departmentName) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(calendar.dateOf(customer.registeredAt()), words.say("timeline.registered", customer.name()), null));
        for (SignificanceChange change : customer.significanceHistory()) {
            entries.add(new Entry(calendar.dateOf(change.changedAt()), words.say("timeline.significance",
                    words.label("significance", change.from()), words.label("significance", change.to()), change.changedBy()), change.reason()));
        }
        for (Purchase purchase : customer.purchases()) {
            entries.add(new Entry(purchase.date(), words.say("timeline.purchase", money(words, purchase.amount()), purchase.contractReference()), null));
        }
        for (ProfileChange change : customer.profileChanges()) {
            String fields = change.fields().stream().map(field -> words.label("timeline.field", field)).collect(Collectors.joining(", "));
            entries.add(new Entry(calendar.dateOf(change.changedAt()), words.say("timeline.profile", fields, change.changedBy()), null));
        }
        for (ClubMembershipChange change : customer.clubHistory()) {
            entries.add(new Entry(calendar.dateOf(change.changedAt()),
                    words.say(change.member() ? "timeline.clubJoined" : "timeline.clubLeft", change.changedBy()), null));
        }
        for (PointsAccount.Accrual accrual : customer.points().accruals()) {
            entries.add(new Entry(accrual.earnedOn(), words.say("timeline.pointsEarned", words.points(accrual.points()),
                    words.date(accrual.expiresOn())), null));
        }
        for (PointsAccount.Redemption redemption : customer.points().redemptions()) {
            entries.add(new Entry(redemption.redeemedOn(), words.say("timeline.pointsSpent", words.points(redemption.points()),
                    money(words, redemption.value()), redemption.reference(), redemption.redeemedBy()), null));
        }
        for (Reward reward : customer.rewards()) {
            entries.add(new Entry(reward.grantedOn(), words.say("timeline.reward", reward.what(), reward.why(), reward.grantedBy()), null));
        }
        for (PurchaseReversal reversal : customer.purchaseReversals()) {
            customer.purchases().stream().filter(purchase -> purchase.purchaseId().equals(reversal.purchaseId())).findFirst()
                    .ifPresent(purchase -> entries.add(new Entry(calendar.dateOf(reversal.reversedAt()), words.say("timeline.purchaseReversed",
                            money(words, purchase.amount()), purchase.contractReference(), reversal.reversedBy()), reversal.reason())));
        }
        for (WithdrawnLoss withdrawn : customer.withdrawnLosses()) {
            // The mistaken loss stays in the history, beside who withdrew it and why.
            Loss loss = withdrawn.loss();
            entries.add(new Entry(loss.lostOn(), words.say("timeline.lost", loss.competitor(), reasons(loss, words), departments(loss, departmentName)),
                    loss.note()));
            entries.add(new Entry(calendar.dateOf(withdrawn.withdrawnAt()), words.say("timeline.lossWithdrawn", loss.competitor(),
                    withdrawn.withdrawnBy()), withdrawn.reason()));
        }
        customer.loss().ifPresent(loss -> {
            entries.add(new Entry(loss.lostOn(), words.say("timeline.lost", loss.competitor(), reasons(loss, words), departments(loss, departmentName)),
                    loss.note()));
            if (customer.status() == CustomerStatus.ACTIVE) {
                customer.purchases().stream().map(Purchase::date).filter(date -> !date.isBefore(loss.lostOn())).min(Comparator.naturalOrder())
                        .ifPresent(date -> entries.add(new Entry(date, words.say("timeline.regained", loss.competitor()), null)));
            }
        });
        // Newest first; of one day, what was recorded later first (the list is built oldest first within each kind).
        List<Entry> newestFirst = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            newestFirst.add(entries.get(i));
        }
        newestFirst.sort(Comparator.comparing(Entry::date).reversed());
        return new CustomerTimeline(List.copyOf(newestFirst));
    }

    private static String money(Formats words, Money amount) {
        return words.money(amount.minorUnits(), amount.currency());
    }

    private static String reasons(Loss loss, Formats words) {
        return loss.reasons().stream().map(reason -> reason.primary()
                        ? words.say("timeline.primaryReason", words.label("reason", reason.code()))
                        : words.label("reason", reason.code()))
                .collect(Collectors.joining(", "));
    }

    /** The departments at fault by name, closed ones too: the loss named them when they were in force. */
    private static String departments(Loss loss, Function<String, String> departmentName) {
        String named = loss.reasons().stream().map(LossReason::departmentsAtFault).flatMap(Set::stream)
                .map(DepartmentCode::value).sorted().map(departmentName).collect(Collectors.joining(", "));
        return named.isEmpty() ? "—" : named;
    }
}
