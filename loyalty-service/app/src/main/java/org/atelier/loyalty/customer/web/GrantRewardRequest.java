package org.atelier.loyalty.customer.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.atelier.loyalty.customer.Reward;

record GrantRewardRequest(
        @Schema(description = "What the reward is", example = "Invitation to the plant's open day") @NotBlank
        @Size(max = Reward.MAX_WHAT_LENGTH) String reward,
        @Schema(description = "The day the customer receives it", example = "2026-06-20") @NotNull LocalDate grantedOn,
        @Schema(description = "What it thanks the customer for", example = "Ten years of cooperation") @NotBlank
        @Size(max = Reward.MAX_WHY_LENGTH) String reason) {
}
