package dev.coffer.common.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.coffer.common.error.ApiException;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code Idempotency-Key} for every {@code POST} that creates something. A client that retries a
 * create after a timeout sends the same key again and gets the first answer back instead of a
 * second row.
 *
 * <p>Rules: a key is any string of 1 to 255 characters, scoped to the user. The same key with the
 * same request (method, path and body) within {@link #RETENTION} replays the first answer: status,
 * body, {@code Location} and {@code ETag}, plus {@code Idempotent-Replayed: true}. The same key with
 * another request is a 422 {@code IDEMPOTENCY_KEY_REUSED}. Only successful answers are kept: a
 * create that failed (422, 409 ...) stores nothing, so a retry is evaluated afresh.
 *
 * <p>Race-free by construction: the key is claimed with {@code INSERT ... ON CONFLICT DO NOTHING}
 * inside the creating transaction, before the create runs. A second request with the same key
 * blocks on the primary-key index until the first transaction ends; if it committed, the second
 * finds the stored answer and replays it; if it rolled back, the second claims the key and creates.
 * The answer is stored in the same transaction as the row it describes, so neither exists without
 * the other.
 *
 * <p>Use from a resource, around the service call that creates (it joins this transaction):
 * <pre>{@code
 * return idempotency.create(currentUser.id(), idempotencyKey, request, ThingResponse.class,
 *         () -> created(things.create(currentUser.id(), request)));
 * }</pre>
 * The request is hashed as the JSON Jackson writes for the parsed request record, so formatting and
 * property order of the client's body do not matter. The response type must be readable by Jackson
 * outside a resource signature (annotate it {@code @RegisterForReflection} for the native image).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 255;
    /** How long a key is remembered; {@link IdempotencyKeyCleanup} removes older ones. */
    public static final java.time.Duration RETENTION = java.time.Duration.ofHours(24);

    /** SQL condition of a key older than {@link #RETENTION}, measured by the database's clock. */
    static final String EXPIRED = "created_at < now() - interval '24 hours'";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final HttpServerRequest http;

    Idempotency(EntityManager entityManager, ObjectMapper json, HttpServerRequest http) {
        this.entityManager = entityManager;
        this.json = json;
        this.http = http;
    }

    /**
     * Runs {@code create} once per key: the first time, inside this transaction, storing its answer;
     * later, with the same request, replaying that answer without running it. Without a key it
     * simply runs {@code create}.
     *
     * @param key the {@code Idempotency-Key} header as received (null when absent)
     * @param request the parsed request body whose JSON identifies the request
     * @param responseType the entity type of the answer, to read a stored answer back
     */
    @Transactional
    public <T> RestResponse<T> create(UUID userId, String key, Object request, Class<T> responseType,
            Supplier<RestResponse<T>> create) {
        if (key == null) {
            return create.get();
        }
        checkKey(key);
        String hash = hash(request);
        // A second pass happens only when the stored answer expired and was removed between our
        // claim and our read; the third cannot be needed, the bound just keeps the loop finite.
        for (int attempt = 0; attempt < 3; attempt++) {
            entityManager.createNativeQuery("delete from idempotency_keys where user_id = ?1 and idem_key = ?2 and " + EXPIRED)
                    .setParameter(1, userId).setParameter(2, key).executeUpdate();
            if (claim(userId, key, hash)) {
                RestResponse<T> response = create.get();
                remember(userId, key, response);
                return response;
            }
            List<?> rows = entityManager.createNativeQuery(
                    "select request_hash, status, body, location, etag from idempotency_keys where user_id = ?1 and idem_key = ?2")
                    .setParameter(1, userId).setParameter(2, key).getResultList();
            if (!rows.isEmpty()) {
                return replay((Object[]) rows.get(0), hash, responseType);
            }
        }
        throw new IllegalStateException("Idempotency key could neither be claimed nor read");
    }

    /** Deletes the keys older than {@link #RETENTION}; returns how many. */
    @Transactional
    public int deleteExpired() {
        return entityManager.createNativeQuery("delete from idempotency_keys where " + EXPIRED).executeUpdate();
    }

    static void checkKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiException.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters and not blank");
        }
    }

    /** Waits for a transaction that holds the same key to end, as the unique index makes it. */
    private boolean claim(UUID userId, String key, String hash) {
        return entityManager.createNativeQuery("insert into idempotency_keys (user_id, idem_key, request_hash, created_at) "
                + "values (?1, ?2, ?3, now()) on conflict (user_id, idem_key) do nothing")
                .setParameter(1, userId).setParameter(2, key).setParameter(3, hash)
                .executeUpdate() == 1;
    }

    private <T> void remember(UUID userId, String key, RestResponse<T> response) {
        if (response.getStatus() < 200 || response.getStatus() >= 300) {
            // Not a success: nothing to replay, the key stays free for a retry.
            entityManager.createNativeQuery("delete from idempotency_keys where user_id = ?1 and idem_key = ?2")
                    .setParameter(1, userId).setParameter(2, key).executeUpdate();
            return;
        }
        URI location = response.getLocation();
        entityManager.createNativeQuery("update idempotency_keys set status = ?3, body = ?4, location = ?5, etag = ?6 "
                + "where user_id = ?1 and idem_key = ?2")
                .setParameter(1, userId).setParameter(2, key)
                .setParameter(3, (short) response.getStatus())
                .setParameter(4, response.getEntity() == null ? null : write(response.getEntity()))
                // The path only: a replay through another host name resolves it against its own.
                .setParameter(5, location == null ? null : pathOf(location))
                .setParameter(6, response.getHeaderString("ETag"))
                .executeUpdate();
    }

    private <T> RestResponse<T> replay(Object[] row, String hash, Class<T> responseType) {
        if (!hash.equals(((String) row[0]).trim())) {
            throw ApiException.unprocessable("IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was already used for a different request; use a new key for a new request");
        }
        RestResponse.ResponseBuilder<T> builder = RestResponse.ResponseBuilder.create(((Number) row[1]).intValue());
        if (row[2] != null) {
            builder.entity(read((String) row[2], responseType));
        }
        if (row[3] != null) {
            builder.location(URI.create((String) row[3]));
        }
        if (row[4] != null) {
            builder.header("ETag", row[4]);
        }
        return builder.header(REPLAYED_HEADER, "true").build();
    }

    /** SHA-256 of the method, path and canonical JSON of the request, hex-encoded. */
    private String hash(Object request) {
        String canonical = http.method().name() + " " + http.path() + "\n" + write(request);
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored " + type.getSimpleName(), e);
        }
    }

    private static String pathOf(URI location) {
        if (!location.isAbsolute()) {
            return location.toString();
        }
        return location.getRawQuery() == null ? location.getRawPath() : location.getRawPath() + "?" + location.getRawQuery();
    }
}
