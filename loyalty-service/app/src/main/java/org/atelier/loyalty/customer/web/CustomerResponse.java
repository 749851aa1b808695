package org.atelier.loyalty.customer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.Loss;

record CustomerResponse(String id, String name, String significance, String status, boolean loyal, boolean clubMember, Instant registeredAt,
                        ProfileResponse profile, List<SignificanceChangeResponse> significanceHistory, LossResponse loss,
                        List<PurchaseResponse> purchases) {

    record ProfileResponse(String taxId, String segment, String region, String accountManager, String department,
                           LocalDate cooperationSince) {
    }

    record SignificanceChangeResponse(String from, String to, String changedBy, Instant changedAt, String reason) {
    }

    /** @param amountMinor in the currency's minor units */
    record PurchaseResponse(String purchaseId, long amountMinor, String currency, LocalDate date, String contractReference) {
    }

    record LossResponse(String competitor, LocalDate lostOn, List<ReasonResponse> reasons, String note, Instant recordedAt) {
    }

    record ReasonResponse(String code, boolean primary, List<String> departmentsAtFault) {
    }

    static CustomerResponse of(Customer customer) {
        return new CustomerResponse(customer.id().toString(), customer.name(), customer.significance().name(),
                customer.status().name(), customer.isLoyal(), customer.isClubMember(), customer.registeredAt(), profile(customer.profile()),
                customer.significanceHistory().stream().map(change -> new SignificanceChangeResponse(change.from().name(),
                        change.to().name(), change.changedBy(), change.changedAt(), change.reason())).toList(),
                customer.loss().map(CustomerResponse::of).orElse(null),
                customer.purchases().stream().map(purchase -> new PurchaseResponse(purchase.purchaseId(),
                        purchase.amount().minorUnits(), purchase.amount().currency().getCurrencyCode(), purchase.date(),
                        purchase.contractReference())).toList());
    }

    private static ProfileResponse profile(CustomerProfile profile) {
        return new ProfileResponse(profile.taxId() == null ? null : profile.taxId().value(), profile.segment(), profile.region(),
                profile.accountManager(), profile.department() == null ? null : profile.department().value(), profile.cooperationSince());
    }

    private static LossResponse of(Loss loss) {
        return new LossResponse(loss.competitor(), loss.lostOn(),
                loss.reasons().stream().map(reason -> new ReasonResponse(reason.code().name(), reason.primary(),
                        reason.departmentsAtFault().stream().map(DepartmentCode::value).sorted().toList())).toList(),
                loss.note(), loss.recordedAt());
    }
}
