package dev.coffer.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PasswordResetRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String email) {

    public PasswordResetRequest {
        email = RegisterRequest.normaliseEmail(email);
    }
}
