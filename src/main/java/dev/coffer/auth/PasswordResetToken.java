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

@Entity
@Table(name = "password_reset_tokens")
public class PasswordResetToken extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "token_hash", columnDefinition = "bpchar(64)")
    public String tokenHash;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<PasswordResetToken> findByHashForUpdate(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Marks every outstanding token of the user used: one successful reset ends all earlier mails. */
    public static int spendAllOfUser(UUID userId, Instant now) {
        return update("usedAt = ?1 where userId = ?2 and usedAt is null", now, userId);
    }
}
