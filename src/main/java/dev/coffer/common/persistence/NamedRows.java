package dev.coffer.common.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * Reads of a user's rows by name, for tables whose names are unique per user regardless of case
 * ({@code unique (user_id, lower(name))}): the rows are key-share-locked until the transaction ends, so a
 * write that refers to them by name (a CSV import) cannot lose one to a concurrent delete, while renaming
 * or archiving still goes on. {@code table} is one of the application's own table names, never input.
 */
public final class NamedRows {

    private NamedRows() {
    }

    /** Every row of the user in {@code table} as name in lower case -> id, each key-share-locked. */
    public static Map<String, UUID> lockIdsByName(EntityManager entityManager, String table, UUID userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select cast(id as text), name from " + table + " where user_id = :userId"
                        + " for key share")
                .setParameter("userId", userId)
                .getResultList();
        Map<String, UUID> ids = new HashMap<>();
        for (Object[] row : rows) {
            ids.put(((String) row[1]).toLowerCase(Locale.ROOT), UUID.fromString((String) row[0]));
        }
        return ids;
    }

    /**
     * The id of the user's row in {@code table} named {@code name} in any case, key-share-locked; it must
     * exist. After an {@code insert ... on conflict (user_id, lower(name)) do nothing} of the same name,
     * this waits for a concurrent transaction inserting it rather than failing on the unique index.
     */
    public static UUID lockIdOf(EntityManager entityManager, String table, UUID userId, String name) {
        String id = (String) entityManager
                .createNativeQuery("select cast(id as text) from " + table + " where user_id = :userId"
                        + " and lower(name) = lower(:name) for key share")
                .setParameter("userId", userId)
                .setParameter("name", name)
                .getSingleResult();
        return UUID.fromString(id);
    }
}
