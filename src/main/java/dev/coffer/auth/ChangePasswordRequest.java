package dev.coffer.auth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ChangePasswordRequest(
        @NotNull(message = "is required") @Size(max = 128, message = "must be at most 128 characters") String currentPassword,
        @NotNull(message = "is required") @Size(min = 8, max = 128, message = "must be 8 to 128 characters") String newPassword) {
}
