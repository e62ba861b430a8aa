package dev.coffer.auth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new password for the signed-in user")
public record ChangePasswordRequest(
        @NotNull(message = "is required") @Size(max = 128, message = "must be at most 128 characters")
        @Schema(examples = "correct horse battery") String currentPassword,
        @NotNull(message = "is required") @Size(min = 8, max = 128, message = "must be 8 to 128 characters")
        @Schema(examples = "battery staple horse correct") String newPassword) {
}
