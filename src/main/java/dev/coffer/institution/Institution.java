package dev.coffer.institution;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import dev.coffer.common.persistence.OwnedEntity;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;

/** A bank, broker or other firm where the user holds accounts. */
@Entity
@Table(name = "institutions")
public class Institution extends OwnedEntity {

    /** The unique index that keeps names unique per user, regardless of case. */
    static final String NAME_INDEX = "institutions_user_name_key";
    public static final int NAME_MAX = 100;
    public static final int WEBSITE_MAX = 2048;

    public String name;

    /** ISO 3166-1 alpha-2, upper case. */
    @Column(columnDefinition = "bpchar(2)")
    public String country;

    public String website;

    /** A page of the user's institutions by name, case-insensitively (the order of the unique name index). */
    static PageResponse<InstitutionResponse> pageForUser(UUID userId, PageParams page) {
        return PageResponse.of(Institution.<Institution>find("userId = ?1 order by lower(name), id", userId), page,
                InstitutionResponse::of);
    }

    /** The user's institution with this id; another user's id finds nothing, like a missing one. */
    static Optional<Institution> findOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    /** As {@link #findOwned}, locking the row for the rest of the transaction. */
    static Optional<Institution> lockOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Whether the user has another institution (not {@code except}) with this name in any case. */
    static boolean nameTaken(UUID userId, String name, UUID except) {
        return except == null
                ? count("userId = ?1 and lower(name) = lower(?2)", userId, name) > 0
                : count("userId = ?1 and lower(name) = lower(?2) and id <> ?3", userId, name, except) > 0;
    }

    /**
     * Whether {@code id} is an institution of {@code userId}, key-share-locking it until the transaction
     * ends: a row about to reference it (an account) cannot lose it to a concurrent delete between this
     * check and its own write, while renaming it still goes on.
     */
    public static boolean lockForReference(UUID userId, UUID id) {
        return !getEntityManager()
                .createNativeQuery("select 1 from institutions where id = :id and user_id = :userId for key share")
                .setParameter("id", id)
                .setParameter("userId", userId)
                .getResultList().isEmpty();
    }
}
