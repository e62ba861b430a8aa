package dev.coffer.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The password again, so that a stolen access token alone cannot delete the account")
public record DeleteAccountRequest(
        @NotNull(message = "is required") @Size(max = 128, message = "must be at most 128 characters")
        @Schema(examples = "correct horse battery") String password) {
}
