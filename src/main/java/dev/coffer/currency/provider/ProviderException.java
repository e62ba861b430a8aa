package dev.coffer.currency.provider;

/** A provider could not deliver usable data; the message says why, for the sync run record. */
public class ProviderException extends RuntimeException {

    private final String provider;

    public ProviderException(String provider, String message) {
        super(provider + ": " + message);
        this.provider = provider;
    }

    public ProviderException(String provider, String message, Throwable cause) {
        super(provider + ": " + message, cause);
        this.provider = provider;
    }

    public String provider() {
        return provider;
    }
}
