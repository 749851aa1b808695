package org.atelier.loyalty.customer.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerProfile;

/** A customer's name and profile as they should be; significance, status and history change by their own actions. */
record EditProfileRequest(
        @Schema(example = "Northwind Trading") @NotBlank @Size(max = Customer.MAX_NAME_LENGTH) String name,
        @Schema(description = "INN: 10 digits (organisation) or 12 (entrepreneur)", example = "7707083893") @Size(max = 12) String taxId,
        @Schema(example = "Workwear") @Size(max = CustomerProfile.MAX_TEXT) String segment,
        @Schema(example = "Kazan") @Size(max = CustomerProfile.MAX_TEXT) String region,
        @Schema(description = "Username of the responsible person", example = "sales-head") @Size(max = CustomerProfile.MAX_TEXT) String accountManager,
        @Schema(example = "sales") @Size(max = 40) String department,
        @Schema(example = "2016-04-01") LocalDate cooperationSince) {
}
