package org.atelier.loyalty.customer.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.atelier.loyalty.customer.Purchase;

record RecordPurchaseRequest(
        @Schema(description = "Amount in the currency's minor units (kopecks, cents)", example = "125000000") @NotNull @Positive Long amountMinor,
        @Schema(example = "RUB") @NotBlank @Size(min = 3, max = 3) String currency,
        @Schema(example = "2026-05-20") @NotNull LocalDate date,
        @Schema(example = "C-2026-0142") @NotBlank @Size(max = Purchase.MAX_REFERENCE_LENGTH) String contractReference) {
}
