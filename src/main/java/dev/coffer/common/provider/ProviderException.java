package dev.coffer.common.provider;

/** A provider could not deliver usable data; the message says why, for the sync run record. */
public class ProviderException extends RuntimeException {

    private final String provider;
    private final FailureReason reason;
    private final String detail;

    public ProviderException(String provider, String message) {
        this(provider, FailureReason.UNEXPECTED, message);
    }

    public ProviderException(String provider, String message, Throwable cause) {
        this(provider, FailureReason.UNEXPECTED, message, cause);
    }

    public ProviderException(String provider, FailureReason reason, String message) {
        super(provider + ": " + message);
        this.provider = provider;
        this.reason = reason;
        this.detail = message;
    }

    public ProviderException(String provider, FailureReason reason, String message, Throwable cause) {
        super(provider + ": " + message, cause);
        this.provider = provider;
        this.reason = reason;
        this.detail = message;
    }

    public String provider() {
        return provider;
    }

    public FailureReason reason() {
        return reason;
    }

    /** The message without the provider prefix, e.g. {@code HTTP 500 after 3 attempts}. */
    public String detail() {
        return detail;
    }
}
