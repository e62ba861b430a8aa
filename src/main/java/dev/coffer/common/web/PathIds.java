package dev.coffer.common.web;

import java.util.UUID;
import java.util.function.Supplier;

/** Ids taken from request paths. */
public final class PathIds {

    private PathIds() {
    }

    /**
     * The id in {@code value}. A malformed id names no resource: it answers the resource's own 404
     * ({@code notFound}), exactly like an unknown or another user's id, never a 400 or a 500.
     */
    public static UUID parse(String value, Supplier<? extends RuntimeException> notFound) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw notFound.get();
        }
    }
}
