package dev.coffer.common.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.id.uuid.UuidVersion7Strategy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The header every row a user owns shares: a time-ordered id (UUIDv7, so new rows append to the
 * primary-key index), the owner, an optimistic-locking {@code version} that the API exposes as the
 * {@code ETag}, and creation and update instants. The table has {@code user_id} referencing
 * {@code users(id) on delete cascade}, so deleting a user deletes every row they own.
 */
@MappedSuperclass
public abstract class OwnedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public UUID userId;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * A new id from the same generator as {@link #id}, for rows inserted by a set-based statement
     * rather than through the entity (CSV imports).
     */
    public static UUID newId() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }

    /** Whether {@code userId} owns this row; every lookup by id checks it, so another user's id is a 404. */
    public boolean isOwnedBy(UUID owner) {
        return userId.equals(owner);
    }
}
