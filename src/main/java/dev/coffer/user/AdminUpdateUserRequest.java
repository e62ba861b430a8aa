package dev.coffer.user;

import java.util.List;

import jakarta.validation.constraints.Size;

/** Absent (null) fields keep their value. */
public record AdminUpdateUserRequest(
        Boolean disabled,
        @Size(min = 1, max = 2, message = "must list 1 or 2 roles") List<String> roles) {
}
