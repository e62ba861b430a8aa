package dev.coffer.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record LoginRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String email,
        @NotNull(message = "is required") @Size(max = 128, message = "must be at most 128 characters") String password) {

    public LoginRequest {
        email = RegisterRequest.normaliseEmail(email);
    }
}
