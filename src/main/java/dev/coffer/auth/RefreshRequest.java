package dev.coffer.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code /refresh} and {@code /logout}. */
public record RefreshRequest(@NotBlank(message = "is required") @Size(max = 200, message = "is not a refresh token") String refreshToken) {
}
