package org.atelier.loyalty.customer.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.SignificanceChange;

record ChangeSignificanceRequest(
        @NotNull Significance significance,
        @Schema(example = "Framework contract for 2025-2027 signed") @NotBlank @Size(max = SignificanceChange.MAX_REASON) String reason) {
}
