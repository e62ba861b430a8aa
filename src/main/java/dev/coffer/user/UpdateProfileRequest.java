package dev.coffer.user;

import jakarta.validation.constraints.Size;

/** A partial update: absent (null) fields keep their value; a blank display name clears it. */
public record UpdateProfileRequest(
        @Size(max = 100, message = "must be at most 100 characters") String displayName,
        String baseCurrency,
        String timezone) {
}
