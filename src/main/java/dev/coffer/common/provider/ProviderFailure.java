package dev.coffer.common.provider;

/** One provider's failed attempt within a fetch, as the sync run records it. */
public record ProviderFailure(String provider, FailureReason reason, String message) {

    public static ProviderFailure of(ProviderException failure) {
        return new ProviderFailure(failure.provider(), failure.reason(), failure.detail());
    }

    /** E.g. {@code ecb failed: eurofxref-daily.xml: HTTP 500}. */
    public String describe() {
        return provider + " failed: " + message;
    }
}
