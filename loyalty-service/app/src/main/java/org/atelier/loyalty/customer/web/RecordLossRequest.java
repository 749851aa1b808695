package org.atelier.loyalty.customer.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.atelier.loyalty.customer.Loss;
import org.atelier.loyalty.customer.ReasonCode;

record RecordLossRequest(
        @Schema(example = "Rival Textiles") @NotBlank @Size(max = Loss.MAX_COMPETITOR_LENGTH) String competitor,
        @Schema(description = "Day of the loss; today when omitted", example = "2026-03-14") LocalDate lostOn,
        @NotEmpty @Size(max = 7) List<@Valid @NotNull ReasonRequest> reasons,
        @Size(max = Loss.MAX_NOTE_LENGTH) String note) {

    record ReasonRequest(
            @NotNull ReasonCode code,
            boolean primary,
            @Schema(description = "Required for STAFF_ATTITUDE, empty otherwise", example = "[\"logistics\"]")
            @Size(max = 20) List<@NotBlank String> departmentsAtFault) {
    }
}
