package dev.coffer.auth;

import java.util.List;

/** What every authenticated request needs to know about its user beyond the token. */
public record AccountStatus(boolean disabled, List<String> roles) {
}
