package dev.coffer.common.provider;

import java.util.Locale;

/** Why a provider fetch failed; its {@link #tag()} labels the failure metric and the sync run record. */
public enum FailureReason {
    HTTP_ERROR,
    /** HTTP 404, or a provider saying in its own words that it does not know what was asked for. */
    NOT_FOUND,
    RATE_LIMITED,
    TIMEOUT,
    NETWORK,
    MALFORMED,
    EMPTY,
    ERROR_RESPONSE,
    CIRCUIT_OPEN,
    UNEXPECTED,
    ALL_PROVIDERS_FAILED;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
