package dev.coffer.user;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Absent (null) fields keep their value. */
@Schema(description = "Changes to a user; absent (null) fields keep their value")
public record AdminUpdateUserRequest(
        @Schema(description = "true disables the account: its tokens stop working and it cannot log in", examples = "true")
        Boolean disabled,
        @Size(min = 1, max = 2, message = "must list 1 or 2 roles")
        @Schema(description = "The roles, `user` and/or `admin`", examples = "[\"user\", \"admin\"]") List<String> roles) {
}
