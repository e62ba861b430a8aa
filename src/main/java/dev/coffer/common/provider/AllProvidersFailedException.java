package dev.coffer.common.provider;

import java.util.List;
import java.util.stream.Collectors;

/** Every configured provider failed; {@link #failures()} has each one's reason, in the order tried. */
public class AllProvidersFailedException extends ProviderException {

    private final transient List<ProviderFailure> failures;

    public AllProvidersFailedException(List<ProviderFailure> failures) {
        super(failures.stream().map(ProviderFailure::provider).collect(Collectors.joining(",")),
                FailureReason.ALL_PROVIDERS_FAILED,
                "every provider failed: " + failures.stream().map(ProviderFailure::describe)
                        .collect(Collectors.joining("; ")));
        this.failures = List.copyOf(failures);
    }

    public List<ProviderFailure> failures() {
        return failures;
    }
}
