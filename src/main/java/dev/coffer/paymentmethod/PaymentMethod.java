package dev.coffer.paymentmethod;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import dev.coffer.common.persistence.OwnedEntity;

@Entity
@Table(name = "payment_methods")
public class PaymentMethod extends OwnedEntity {

    /** The unique index that keeps names unique per user, regardless of case. */
    static final String NAME_INDEX = "payment_methods_user_name_key";
    public static final int NAME_MAX = 60;

    public String name;

    /** The wire name of a {@link PaymentMethodType}. */
    public String type;

    @Column(columnDefinition = "bpchar(4)")
    public String last4;

    public boolean archived;

    /** A user's payment methods by name, case-insensitively (the order of the unique name index, which serves it). */
    public static List<PaymentMethod> listForUser(UUID userId, boolean includeArchived) {
        return includeArchived
                ? list("userId = ?1 order by lower(name), id", userId)
                : list("userId = ?1 and archived = false order by lower(name), id", userId);
    }

    /** The user's payment method with this id; another user's id finds nothing, like a missing one. */
    public static Optional<PaymentMethod> findOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    /**
     * Whether {@code id} is a payment method of {@code userId}, key-share-locking it until the
     * transaction ends: a row about to reference it (an expense) cannot lose it to a concurrent delete
     * between this check and its own insert, while renaming or archiving it still goes on.
     */
    public static boolean lockForReference(UUID userId, UUID id) {
        return !getEntityManager()
                .createNativeQuery("select 1 from payment_methods where id = :id and user_id = :userId for key share")
                .setParameter("id", id)
                .setParameter("userId", userId)
                .getResultList().isEmpty();
    }

    /**
     * The user's payment methods (archived ones included) as name in lower case -> id, each
     * key-share-locked until the transaction ends, as {@link #lockForReference} locks one: for writes
     * that name payment methods by name (a CSV import).
     */
    public static Map<String, UUID> lockIdsByName(UUID userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select cast(id as text), name from payment_methods where user_id = :userId"
                        + " for key share")
                .setParameter("userId", userId)
                .getResultList();
        Map<String, UUID> ids = new HashMap<>();
        for (Object[] row : rows) {
            ids.put(((String) row[1]).toLowerCase(Locale.ROOT), UUID.fromString((String) row[0]));
        }
        return ids;
    }

    /** Whether the user has another payment method (not {@code except}) with this name in any case. */
    static boolean nameTaken(UUID userId, String name, UUID except) {
        return except == null
                ? count("userId = ?1 and lower(name) = lower(?2)", userId, name) > 0
                : count("userId = ?1 and lower(name) = lower(?2) and id <> ?3", userId, name, except) > 0;
    }

    /** As {@link #findOwned}, locking the row for the rest of the transaction. */
    static Optional<PaymentMethod> lockOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
