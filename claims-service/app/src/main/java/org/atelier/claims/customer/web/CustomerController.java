package org.atelier.claims.customer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.atelier.claims.customer.KnownCustomer;
import org.atelier.claims.customer.application.FindingCustomers;
import org.atelier.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/customers", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Customers", description = "Claims' read-only replica of loyalty's customers, to name a claim's related customer")
class CustomerController {

    record CustomerResponse(String id, String name, String status) {

        static CustomerResponse of(KnownCustomer customer) {
            return new CustomerResponse(customer.customerId(), customer.name(), customer.status() == null ? null : customer.status().name());
        }
    }

    private final FindingCustomers finding;

    CustomerController(FindingCustomers finding) {
        this.finding = finding;
    }

    @GetMapping
    @Operation(summary = "Customers by name: each word typed starts a word of the name, case ignored; at most 20, by name",
            description = "Heads, management, finance, administrators and systems. status is ACTIVE or LOST")
    List<CustomerResponse> search(@Parameter(hidden = true) CurrentUser caller,
                                  @Parameter(description = "1 to 100 characters") @RequestParam(required = false) String q) {
        return finding.search(caller, q).stream().map(CustomerResponse::of).toList();
    }
}
