package dev.coffer.user;

import java.util.UUID;

/**
 * Fired when a user's roles, enabled flag or existence change, so that whatever caches who may do
 * what (the per-instance account-status cache of {@code auth}) forgets that user at once.
 */
public record UserAccessChanged(UUID userId) {
}
