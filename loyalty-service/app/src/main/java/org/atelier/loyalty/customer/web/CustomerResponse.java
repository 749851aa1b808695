package org.atelier.loyalty.customer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.Loss;

record CustomerResponse(String id, String name, String significance, String status, Instant registeredAt, LossResponse loss) {

    record LossResponse(String competitor, LocalDate lostOn, List<ReasonResponse> reasons, String note, Instant recordedAt) {
    }

    record ReasonResponse(String code, boolean primary, List<String> departmentsAtFault) {
    }

    static CustomerResponse of(Customer customer) {
        return new CustomerResponse(customer.id().toString(), customer.name(), customer.significance().name(),
                customer.status().name(), customer.registeredAt(), customer.loss().map(CustomerResponse::of).orElse(null));
    }

    private static LossResponse of(Loss loss) {
        return new LossResponse(loss.competitor(), loss.lostOn(),
                loss.reasons().stream().map(reason -> new ReasonResponse(reason.code().name(), reason.primary(),
                        reason.departmentsAtFault().stream().map(DepartmentCode::value).sorted().toList())).toList(),
                loss.note(), loss.recordedAt());
    }
}
