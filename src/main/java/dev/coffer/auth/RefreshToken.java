package dev.coffer.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One refresh token of a family; a family starts at login and continues through every rotation. */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "token_hash", columnDefinition = "bpchar(64)")
    public String tokenHash;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "spent_at")
    public Instant spentAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Locks the row so that two concurrent refreshes with one token cannot both succeed. */
    public static Optional<RefreshToken> findByHashForUpdate(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Optional<RefreshToken> findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    public static int revokeFamily(UUID familyId, Instant now) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    public static int revokeAllOfUser(UUID userId, Instant now) {
        return update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, userId);
    }
}
