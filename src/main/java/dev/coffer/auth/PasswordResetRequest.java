package dev.coffer.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The address to send a reset token to")
public record PasswordResetRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters")
        @Schema(examples = "ada@example.com") String email) {

    public PasswordResetRequest {
        email = RegisterRequest.normaliseEmail(email);
    }
}
