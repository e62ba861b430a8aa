package dev.coffer.paymentmethod;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import dev.coffer.common.persistence.NamedRows;
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
        return NamedRows.lockIdsByName(getEntityManager(), "payment_methods", userId);
    }

    /**
     * The id of the user's payment method named {@code name} in any case (an archived one included),
     * creating it with type {@link PaymentMethodType#OTHER} and no last four digits when there is none;
     * key-share-locked like {@link #lockIdsByName}. A concurrent transaction creating the same name is
     * waited for rather than failing on the unique index. {@code name} must already be stripped, not
     * empty and at most {@value #NAME_MAX} characters.
     */
    public static UUID lockOrCreateOther(UUID userId, String name) {
        getEntityManager()
                .createNativeQuery("insert into payment_methods (id, user_id, name, type) values (:id, :userId, :name,"
                        + " :type) on conflict (user_id, lower(name)) do nothing")
                .setParameter("id", newId())
                .setParameter("userId", userId)
                .setParameter("name", name)
                .setParameter("type", PaymentMethodType.OTHER.wire())
                .executeUpdate();
        return NamedRows.lockIdOf(getEntityManager(), "payment_methods", userId, name);
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
