package dev.coffer.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Something Coffer tells a user. Rows are inserted with a set-based statement
 * ({@link NotificationService#recordBudgetThreshold}); the only change afterwards is {@link #read}.
 */
@Entity
@Table(name = "notifications")
public class Notification extends PanacheEntityBase {

    public static final String BUDGET_THRESHOLD = "budget_threshold";

    @Id
    public UUID id;

    @Column(name = "user_id", updatable = false)
    public UUID userId;

    @Column(updatable = false)
    public String type;

    @Column(name = "budget_id", updatable = false)
    public UUID budgetId;

    @Column(name = "period_start", updatable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", updatable = false)
    public LocalDate periodEnd;

    @Column(updatable = false)
    public Integer threshold;

    @Column(name = "percent_used", updatable = false)
    public BigDecimal percentUsed;

    @Column(updatable = false)
    public String message;

    public boolean read;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    /** The user's notifications, newest first; only the unread ones when {@code unreadOnly}. */
    static PanacheQuery<Notification> ofUser(UUID userId, boolean unreadOnly) {
        return unreadOnly
                ? find("userId = ?1 and read = false order by createdAt desc, id desc", userId)
                : find("userId = ?1 order by createdAt desc, id desc", userId);
    }

    /** The user's notification with this id, locked; another user's id finds nothing, like a missing one. */
    static Optional<Notification> lockOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
