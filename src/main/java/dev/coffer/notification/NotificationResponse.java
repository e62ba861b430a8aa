package dev.coffer.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(description = "A notification; budget_threshold ones say that a budget reached one of its alert thresholds")
public record NotificationResponse(
        UUID id,
        @Schema(enumeration = { "budget_threshold" }, example = "budget_threshold") String type,
        @Schema(description = "The budget that crossed the threshold") UUID budgetId,
        @Schema(example = "2025-02-01") LocalDate periodStart,
        @Schema(example = "2025-02-28") LocalDate periodEnd,
        @Schema(description = "The alert threshold reached, a percentage", example = "80") Integer threshold,
        @Schema(type = SchemaType.STRING, format = "decimal", nullable = true, example = "85.00",
                description = "The share of the available amount used when the threshold was reached; null when"
                        + " nothing was available (overspent earlier periods of a rollover budget)") String percentUsed,
        @Schema(example = "Groceries reached 80% of 400.00 EUR for 2025-02-01 to 2025-02-28 (85.00% used)")
        String message,
        boolean read,
        Instant createdAt) {

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(notification.id, notification.type, notification.budgetId,
                notification.periodStart, notification.periodEnd, notification.threshold,
                notification.percentUsed == null ? null : notification.percentUsed.toPlainString(), notification.message,
                notification.read, notification.createdAt);
    }
}
