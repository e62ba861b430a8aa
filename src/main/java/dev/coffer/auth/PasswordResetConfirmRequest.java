package dev.coffer.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The token from the reset mail and the new password")
public record PasswordResetConfirmRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "is not a reset token")
        @Schema(description = "The token from the reset mail") String token,
        @NotNull(message = "is required") @Size(min = 8, max = 128, message = "must be 8 to 128 characters")
        @Schema(examples = "battery staple horse correct") String newPassword) {
}
