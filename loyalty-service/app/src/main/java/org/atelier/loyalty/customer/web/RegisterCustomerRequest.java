package org.atelier.loyalty.customer.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.Significance;

/** What a caller may say about a new customer; the id, status and dates are the server's. */
record RegisterCustomerRequest(
        @Schema(example = "Northwind Trading") @NotBlank @Size(max = Customer.MAX_NAME_LENGTH) String name,
        @NotNull Significance significance) {
}
