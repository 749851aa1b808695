package org.atelier.loyalty.customer.web.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.ClubMembershipChange;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.ProfileChange;
import org.atelier.loyalty.customer.Reward;
import org.atelier.loyalty.programme.PointsAccount;
import org.atelier.loyalty.customer.CustomerStatus;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.Loss;
import org.atelier.loyalty.customer.LossReason;
import org.atelier.loyalty.customer.Purchase;
import org.atelier.loyalty.customer.SignificanceChange;

/**
 * Everything that happened to a customer, oldest first, for its card. Each entry is a message key with its
 * arguments, so the page shows it in the reader's language.
 */
record CustomerTimeline(List<Entry> entries) {

    record Entry(LocalDate date, String messageKey, List<Object> arguments) {
    }

    /** @param calendar the company's: what happened at an instant is shown on the company's day */
    static CustomerTimeline of(Customer customer, CompanyCalendar calendar) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(calendar.dateOf(customer.registeredAt()), "timeline.registered", List.of(customer.name())));
        for (SignificanceChange change : customer.significanceHistory()) {
            entries.add(new Entry(calendar.dateOf(change.changedAt()), "timeline.significance",
                    List.of(change.from().name(), change.to().name(), change.changedBy(), change.reason())));
        }
        for (Purchase purchase : customer.purchases()) {
            entries.add(new Entry(purchase.date(), "timeline.purchase", List.of(purchase.amount().toString(), purchase.contractReference())));
        }
        for (ProfileChange change : customer.profileChanges()) {
            entries.add(new Entry(calendar.dateOf(change.changedAt()), "timeline.profile", List.of(String.join(", ", change.fields()), change.changedBy())));
        }
        for (ClubMembershipChange change : customer.clubHistory()) {
            entries.add(new Entry(calendar.dateOf(change.changedAt()), change.member() ? "timeline.clubJoined" : "timeline.clubLeft",
                    List.of(change.changedBy())));
        }
        for (PointsAccount.Accrual accrual : customer.points().accruals()) {
            entries.add(new Entry(accrual.earnedOn(), "timeline.pointsEarned", List.of(accrual.points(), accrual.expiresOn().toString())));
        }
        for (PointsAccount.Redemption redemption : customer.points().redemptions()) {
            entries.add(new Entry(redemption.redeemedOn(), "timeline.pointsSpent",
                    List.of(redemption.points(), redemption.value().toString(), redemption.reference(), redemption.redeemedBy())));
        }
        for (Reward reward : customer.rewards()) {
            entries.add(new Entry(reward.grantedOn(), "timeline.reward", List.of(reward.what(), reward.why(), reward.grantedBy())));
        }
        customer.loss().ifPresent(loss -> {
            entries.add(new Entry(loss.lostOn(), "timeline.lost", List.of(loss.competitor(), reasons(loss), departments(loss))));
            if (customer.status() == CustomerStatus.ACTIVE) {
                customer.purchases().stream().map(Purchase::date).filter(date -> !date.isBefore(loss.lostOn())).min(Comparator.naturalOrder())
                        .ifPresent(date -> entries.add(new Entry(date, "timeline.regained", List.of(loss.competitor()))));
            }
        });
        entries.sort(Comparator.comparing(Entry::date));
        return new CustomerTimeline(List.copyOf(entries));
    }

    private static String reasons(Loss loss) {
        return loss.reasons().stream().map(reason -> reason.primary() ? reason.code().name() + " (primary)" : reason.code().name())
                .collect(Collectors.joining(", "));
    }

    private static String departments(Loss loss) {
        String named = loss.reasons().stream().map(LossReason::departmentsAtFault).flatMap(Set::stream)
                .map(DepartmentCode::value).sorted().collect(Collectors.joining(", "));
        return named.isEmpty() ? "—" : named;
    }
}
