package dev.coffer.category;

import java.util.Collection;
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
@Table(name = "categories")
public class Category extends OwnedEntity {

    /** The unique index that keeps names unique per user, regardless of case. */
    static final String NAME_INDEX = "categories_user_name_key";
    public static final int NAME_MAX = 60;
    public static final int ICON_MAX = 40;
    /** Colour of categories created without one: the grey of "Other". */
    static final String DEFAULT_COLOR = "#8D99AE";

    private record Preset(String name, String color, String icon) {
    }

    /** The categories every new account starts with (the registration contract in the OpenAPI document). */
    private static final List<Preset> DEFAULTS = List.of(
            new Preset("Food & Dining", "#E76F51", "utensils"),
            new Preset("Transport", "#2A9D8F", "car"),
            new Preset("Housing", "#264653", "home"),
            new Preset("Utilities", "#E9C46A", "bolt"),
            new Preset("Health", "#D62828", "heart-pulse"),
            new Preset("Entertainment", "#9B5DE5", "film"),
            new Preset("Shopping", "#F15BB5", "shopping-bag"),
            new Preset("Travel", "#00BBF9", "plane"),
            new Preset("Education", "#3A86FF", "graduation-cap"),
            new Preset("Other", "#8D99AE", "dots"));

    public String name;

    @Column(columnDefinition = "bpchar(7)")
    public String color;

    public String icon;

    @Column(name = "parent_id")
    public UUID parentId;

    public boolean archived;

    public boolean isTopLevel() {
        return parentId == null;
    }

    /** All of a user's categories, archived ones included, by name. */
    public static List<Category> listForUser(UUID userId) {
        return listForUser(userId, true);
    }

    /**
     * A user's categories by name, case-insensitively (the order of the unique index on
     * {@code (user_id, lower(name))}, which serves this query); archived ones only when asked for.
     */
    public static List<Category> listForUser(UUID userId, boolean includeArchived) {
        return includeArchived
                ? list("userId = ?1 order by lower(name), id", userId)
                : list("userId = ?1 and archived = false order by lower(name), id", userId);
    }

    /** The user's category with this id; another user's id finds nothing, like a missing one. */
    public static Optional<Category> findOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    /**
     * Locks the user's categories with these ids (and, when {@code childrenOf} is given, that
     * category's children) for update, in id order. Every write that touches more than one category
     * locks through here, so two writes always take their locks in the same order and cannot deadlock.
     */
    static List<Category> lockOwned(UUID userId, Collection<UUID> ids, UUID childrenOf) {
        return childrenOf == null
                ? find("userId = ?1 and id in ?2 order by id", userId, ids)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                : find("userId = ?1 and (id in ?2 or parentId = ?3) order by id", userId, ids, childrenOf)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Whether the user has another category (not {@code except}) with this name in any case. */
    static boolean nameTaken(UUID userId, String name, UUID except) {
        return except == null
                ? count("userId = ?1 and lower(name) = lower(?2)", userId, name) > 0
                : count("userId = ?1 and lower(name) = lower(?2) and id <> ?3", userId, name, except) > 0;
    }

    static long countChildren(UUID parentId) {
        return count("parentId", parentId);
    }

    /**
     * The user's categories (archived ones included) as name in lower case -> id, every one
     * key-share-locked until the transaction ends: a write that files many rows under them by name (a
     * CSV import) cannot lose one to a concurrent delete, while renaming or archiving still goes on.
     */
    public static Map<String, UUID> lockIdsByName(UUID userId) {
        return NamedRows.lockIdsByName(getEntityManager(), "categories", userId);
    }

    /**
     * The id of the user's category named {@code name} in any case, creating it as a top-level
     * category with the default colour when there is none; key-share-locked like {@link #lockIdsByName}.
     * A concurrent transaction creating the same name is waited for rather than failing on the unique
     * index. {@code name} must already be stripped and at most {@value #NAME_MAX} characters.
     */
    public static UUID lockOrCreateTopLevel(UUID userId, String name) {
        getEntityManager()
                .createNativeQuery("insert into categories (id, user_id, name, color) values (:id, :userId, :name,"
                        + " :color) on conflict (user_id, lower(name)) do nothing")
                .setParameter("id", newId())
                .setParameter("userId", userId)
                .setParameter("name", name)
                .setParameter("color", DEFAULT_COLOR)
                .executeUpdate();
        return NamedRows.lockIdOf(getEntityManager(), "categories", userId, name);
    }

    /** Creates the default categories of a new user; call inside the registering transaction. */
    public static void createDefaults(UUID userId) {
        for (Preset preset : DEFAULTS) {
            Category category = new Category();
            category.userId = userId;
            category.name = preset.name();
            category.color = preset.color();
            category.icon = preset.icon();
            category.persist();
        }
    }
}
