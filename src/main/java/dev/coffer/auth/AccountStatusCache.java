package dev.coffer.auth;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import dev.coffer.user.User;
import dev.coffer.user.UserAccessChanged;

/**
 * Per-instance cache of each user's enabled flag and roles, so that checking them costs one primary-key
 * read per user and TTL rather than one per request. Writers on this instance {@link #evict} at once.
 */
@ApplicationScoped
public class AccountStatusCache {

    private static final int SWEEP_THRESHOLD = 50_000;

    private record Entry(Optional<AccountStatus> status, long loadedAtMillis) {
    }

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final Clock clock = Clock.systemUTC();

    AccountStatusCache(AuthConfig config) {
        this.ttlMillis = config.accountStatusCacheTtl().toMillis();
    }

    /** The cached status while fresh; empty when it must be loaded. */
    Optional<Optional<AccountStatus>> cached(UUID userId) {
        Entry entry = entries.get(userId);
        if (entry == null || clock.millis() - entry.loadedAtMillis() >= ttlMillis) {
            return Optional.empty();
        }
        return Optional.of(entry.status());
    }

    /** Reads the status from the database; empty when the user no longer exists. */
    @Transactional
    Optional<AccountStatus> load(UUID userId) {
        Optional<AccountStatus> status = User.<User>findByIdOptional(userId)
                .map(user -> new AccountStatus(user.disabled, List.copyOf(user.roles)));
        long now = clock.millis();
        if (entries.size() > SWEEP_THRESHOLD) {
            entries.values().removeIf(entry -> now - entry.loadedAtMillis() >= ttlMillis);
        }
        entries.put(userId, new Entry(status, now));
        return status;
    }

    public void evict(UUID userId) {
        entries.remove(userId);
    }

    void onAccessChanged(@Observes UserAccessChanged event) {
        evict(event.userId());
    }
}
