package dev.coffer.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record DeleteAccountRequest(
        @NotNull(message = "is required") @Size(max = 128, message = "must be at most 128 characters") String password) {
}
