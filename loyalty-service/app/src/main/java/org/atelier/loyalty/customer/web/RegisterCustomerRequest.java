package org.atelier.loyalty.customer.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.Significance;

/** What a caller may say about a new customer; the id, status and dates are the server's. */
record RegisterCustomerRequest(
        @Schema(example = "Northwind Trading") @NotBlank @Size(max = Customer.MAX_NAME_LENGTH) String name,
        @NotNull Significance significance,
        @Schema(description = "INN: 10 digits (organisation) or 12 (entrepreneur)", example = "7707083893") @Size(max = 12) String taxId,
        @Schema(example = "Workwear") @Size(max = CustomerProfile.MAX_TEXT) String segment,
        @Schema(example = "Moscow") @Size(max = CustomerProfile.MAX_TEXT) String region,
        @Schema(description = "Username of the responsible person", example = "sales-staff") @Size(max = CustomerProfile.MAX_TEXT) String accountManager,
        @Schema(example = "sales") @Size(max = 40) String department,
        @Schema(example = "2016-04-01") LocalDate cooperationSince,
        @Schema(description = "Register although another customer has the same name (case and spaces aside): "
                + "without it such a registration is refused with 409 listing the matches") Boolean acknowledgeDuplicateName) {
}
