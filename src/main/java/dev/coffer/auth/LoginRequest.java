package dev.coffer.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Credentials; the email is compared trimmed and lower-cased")
public record LoginRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters")
        @Schema(examples = "ada@example.com") String email,
        @NotNull(message = "is required") @Size(max = 128, message = "must be at most 128 characters")
        @Schema(examples = "correct horse battery") String password) {

    public LoginRequest {
        email = RegisterRequest.normaliseEmail(email);
    }
}
