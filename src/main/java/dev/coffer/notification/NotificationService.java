package dev.coffer.notification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.id.uuid.UuidVersion7Strategy;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;

/** A user's notifications: listing them, marking them read, and recording them for other domains. */
@ApplicationScoped
public class NotificationService {

    private static final String RECORD_THRESHOLD = """
            insert into notifications (id, user_id, type, budget_id, period_start, period_end, threshold, percent_used,
                                       message)
            values (:id, :userId, :type, :budgetId, :periodStart, :periodEnd, :threshold, cast(:percentUsed as numeric),
                    :message)
            on conflict (budget_id, period_start, threshold) do nothing""";

    private final EntityManager entityManager;

    NotificationService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    PageResponse<NotificationResponse> list(UUID userId, boolean unreadOnly, PageParams page) {
        return PageResponse.of(Notification.ofUser(userId, unreadOnly), page, NotificationResponse::of);
    }

    /** Marks the notification read; marking it again changes nothing. */
    @Transactional
    NotificationResponse markRead(UUID userId, UUID id) {
        Notification notification = Notification.lockOwned(userId, id).orElseThrow(NotificationService::notFound);
        notification.read = true;
        return NotificationResponse.of(notification);
    }

    /**
     * Records that a budget reached {@code threshold} in the period starting {@code periodStart}, unless
     * that is already recorded: the unique index on (budget, period start, threshold) decides, so
     * concurrent callers create one row between them. Joins the caller's transaction. Returns whether
     * this call created it.
     */
    public boolean recordBudgetThreshold(UUID userId, UUID budgetId, LocalDate periodStart, LocalDate periodEnd,
            int threshold, BigDecimal percentUsed, String message) {
        return entityManager.createNativeQuery(RECORD_THRESHOLD)
                .setParameter("id", UuidVersion7Strategy.INSTANCE.generateUuid(null))
                .setParameter("userId", userId)
                .setParameter("type", Notification.BUDGET_THRESHOLD)
                .setParameter("budgetId", budgetId)
                .setParameter("periodStart", periodStart)
                .setParameter("periodEnd", periodEnd)
                .setParameter("threshold", threshold)
                .setParameter("percentUsed", percentUsed)
                .setParameter("message", message)
                .executeUpdate() == 1;
    }

    static ApiException notFound() {
        return ApiException.notFound("NOTIFICATION_NOT_FOUND", "No such notification");
    }
}
