package org.atelier.loyalty.customer.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.atelier.loyalty.programme.PointsAccount;

record RedeemPointsRequest(
        @Schema(description = "Points to spend; at most the customer's spendable points", example = "3000") @NotNull @Positive
        @Max(1_000_000_000_000L) Long points,
        @Schema(description = "The invoice or order the points are spent on", example = "INV-2026-0877") @NotBlank
        @Size(max = PointsAccount.Redemption.MAX_REFERENCE_LENGTH) String reference) {
}
