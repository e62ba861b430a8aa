package dev.coffer.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PasswordResetConfirmRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "is not a reset token") String token,
        @NotNull(message = "is required") @Size(min = 8, max = 128, message = "must be 8 to 128 characters") String newPassword) {
}
