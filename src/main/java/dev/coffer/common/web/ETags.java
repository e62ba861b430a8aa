package dev.coffer.common.web;

import dev.coffer.common.error.ApiException;

/** Optimistic concurrency over HTTP: {@code ETag: "<version>"} out, {@code If-Match} in. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 412 {@code VERSION_CONFLICT} when an {@code If-Match} header names another version. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current) || tag.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw ApiException.preconditionFailed("VERSION_CONFLICT",
                "The resource has changed; its current version is " + currentVersion);
    }
}
