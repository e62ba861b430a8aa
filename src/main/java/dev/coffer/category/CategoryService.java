package dev.coffer.category;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.DatabaseFailures;
import dev.coffer.common.web.ETags;
import io.quarkus.logging.Log;

/**
 * A user's categories. Writes lock the rows they read before deciding anything (see
 * {@link Category#lockOwned}), so an {@code If-Match} comparison, the nesting rules and the change
 * that follows them see no concurrent change in between.
 */
@ApplicationScoped
public class CategoryService {

    static final String COLOR_PATTERN = "^#[0-9A-Fa-f]{6}$";

    private final CategoryUsage usage;
    private final Event<CategoriesChanged> changed;

    CategoryService(CategoryUsage usage, Event<CategoriesChanged> changed) {
        this.usage = usage;
        this.changed = changed;
    }

    public List<CategoryResponse> list(UUID userId, boolean includeArchived) {
        Map<UUID, Long> counts = usage.expenseCounts(userId);
        return Category.listForUser(userId, includeArchived).stream()
                .map(category -> CategoryResponse.of(category, counts.getOrDefault(category.id, 0L)))
                .toList();
    }

    public CategoryResponse get(UUID userId, UUID id) {
        Category category = Category.findOwned(userId, id).orElseThrow(CategoryService::notFound);
        return CategoryResponse.of(category, usage.expenseCount(userId, id));
    }

    @Transactional
    public CategoryResponse create(UUID userId, CreateCategoryRequest request) {
        String name = request.name().strip();
        checkNameFree(userId, name, null);
        Category category = new Category();
        category.userId = userId;
        category.name = name;
        category.color = request.color() == null ? Category.DEFAULT_COLOR : request.color().toUpperCase(Locale.ROOT);
        category.icon = icon(request.icon());
        if (request.parentId() != null) {
            // Locked so that it cannot become a subcategory or be deleted before this commits.
            Category parent = Category.lockOwned(userId, List.of(request.parentId()), null).stream().findFirst()
                    .orElseThrow(CategoryService::parentNotFound);
            checkParent(parent, null);
            category.parentId = parent.id;
        }
        try {
            category.persistAndFlush();
        } catch (RuntimeException e) {
            throw translate(e, category.name);
        }
        Log.debugf("User %s created category %s", userId, category.id);
        // A category just created has no expenses.
        return CategoryResponse.of(category, 0);
    }

    @Transactional
    public CategoryResponse update(UUID userId, UUID id, UpdateCategoryRequest request, String ifMatch) {
        UUID newParentId = request.parentId().isPresent() ? request.parentId().value() : null;
        Set<UUID> ids = new LinkedHashSet<>(List.of(id));
        if (newParentId != null) {
            ids.add(newParentId);
        }
        List<Category> locked = Category.lockOwned(userId, ids, null);
        Category category = byId(locked, id).orElseThrow(CategoryService::notFound);
        ETags.checkIfMatch(ifMatch, category.version);

        // Checked before any field changes: the checks query, and a query flushes pending changes.
        String icon = request.icon().isPresent() ? icon(request.icon().value()) : category.icon;
        if (newParentId != null) {
            checkParent(byId(locked, newParentId).orElseThrow(CategoryService::parentNotFound), category);
        }
        if (request.name() != null) {
            checkNameFree(userId, request.name().strip(), id);
        }

        if (request.name() != null) {
            category.name = request.name().strip();
        }
        if (request.color() != null) {
            category.color = request.color().toUpperCase(Locale.ROOT);
        }
        category.icon = icon;
        if (request.parentId().isPresent()) {
            category.parentId = newParentId;
        }
        if (request.archived() != null) {
            category.archived = request.archived();
        }
        try {
            Category.flush();
        } catch (RuntimeException e) {
            throw translate(e, category.name);
        }
        changed.fire(new CategoriesChanged(userId));
        return CategoryResponse.of(category, usage.expenseCount(userId, id));
    }

    /**
     * Deletes a category. With {@code reassignTo}, its expenses and saved descriptions move to that
     * category first; without it, a category that has expenses is a 409. Its subcategories are kept:
     * they move under the target when the target is (or, being one of them, becomes) a top-level
     * category, otherwise to the top level.
     */
    @Transactional
    public void delete(UUID userId, UUID id, String reassignTo, String ifMatch) {
        boolean reassign = reassignTo != null;
        UUID targetId = reassign ? parseTarget(reassignTo) : null;
        Set<UUID> ids = new LinkedHashSet<>(List.of(id));
        if (targetId != null) {
            ids.add(targetId);
        }
        // The children are locked too, in the same id order as every other multi-row lock.
        List<Category> locked = Category.lockOwned(userId, ids, id);
        Category category = byId(locked, id).orElseThrow(CategoryService::notFound);
        ETags.checkIfMatch(ifMatch, category.version);

        Category target = null;
        if (reassign) {
            if (id.equals(targetId)) {
                throw ApiException.invalidField("reassign_to", "must be another category than the one deleted");
            }
            // A malformed id (null here) finds nothing either.
            target = byId(locked, targetId).orElseThrow(() -> ApiException.invalidField("reassign_to",
                    "must be the id of another of your categories"));
        } else if (usage.expenseCount(userId, id) > 0) {
            throw ApiException.conflict("CATEGORY_IN_USE",
                    "The category has expenses; pass reassign_to with the category they should move to");
        }

        if (target != null) {
            usage.moveExpenses(userId, id, target.id);
            CategoryDescription.moveAll(id, target.id);
        }
        boolean targetWillBeTopLevel = target != null && (target.parentId == null || target.parentId.equals(id));
        for (Category child : locked) {
            if (!id.equals(child.parentId)) {
                continue;
            }
            child.parentId = targetWillBeTopLevel && child != target ? target.id : null;
        }
        // Hibernate writes the children's updates before the delete, so the parent reference never dangles.
        category.delete();
        try {
            Category.flush();
        } catch (RuntimeException e) {
            // Rows of other domains (a budget watching the category) reference it and take no action on
            // delete: the category stays until they let go of it.
            throw DatabaseFailures.violatesForeignKey(e) ? ApiException.conflict("CATEGORY_IN_USE",
                    "The category is still used, by a budget for instance; change or delete that first") : e;
        }
        changed.fire(new CategoriesChanged(userId));
        Log.debugf("User %s deleted category %s (reassigned to %s)", userId, id, target == null ? null : target.id);
    }

    Category lockForDescriptions(UUID userId, UUID id) {
        return Category.lockOwned(userId, List.of(id), null).stream().findFirst().orElseThrow(CategoryService::notFound);
    }

    Category requireOwned(UUID userId, UUID id) {
        return Category.findOwned(userId, id).orElseThrow(CategoryService::notFound);
    }

    /** One level of nesting: the parent is top-level, not the category itself, and the category has no children. */
    private static void checkParent(Category parent, Category child) {
        if (child != null && parent.id.equals(child.id)) {
            throw ApiException.invalidField("parent_id", "a category cannot be its own parent");
        }
        if (!parent.isTopLevel()) {
            throw ApiException.invalidField("parent_id",
                    "must be a top-level category: categories nest one level deep");
        }
        if (child != null && Category.countChildren(child.id) > 0) {
            throw ApiException.invalidField("parent_id",
                    "this category has subcategories, so it cannot become a subcategory itself");
        }
    }

    private static String icon(String requested) {
        return requested == null || requested.isBlank() ? null : checkIcon(requested.strip());
    }

    private static String checkIcon(String icon) {
        if (icon.codePointCount(0, icon.length()) > Category.ICON_MAX) {
            throw ApiException.invalidField("icon", "must be at most " + Category.ICON_MAX + " characters");
        }
        return icon;
    }

    /** The target id, or null when malformed: a 422, but only once the category itself is known to exist. */
    private static UUID parseTarget(String reassignTo) {
        try {
            return UUID.fromString(reassignTo);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<Category> byId(List<Category> categories, UUID id) {
        return categories.stream().filter(category -> category.id.equals(id)).findFirst();
    }

    /**
     * Answers a taken name before writing, so the common case is no failed statement. Two requests
     * racing for one name both pass this; the unique index stops the second, see {@link #translate}.
     */
    private static void checkNameFree(UUID userId, String name, UUID except) {
        if (Category.nameTaken(userId, name, except)) {
            throw nameTaken(name);
        }
    }

    private static RuntimeException translate(RuntimeException failure, String name) {
        return DatabaseFailures.violates(failure, Category.NAME_INDEX) ? nameTaken(name) : failure;
    }

    private static ApiException nameTaken(String name) {
        return ApiException.conflict("CATEGORY_NAME_TAKEN", "You already have a category named '" + name + "'");
    }

    static ApiException notFound() {
        return ApiException.notFound("CATEGORY_NOT_FOUND", "No such category");
    }

    private static ApiException parentNotFound() {
        return ApiException.invalidField("parent_id", "must be the id of one of your top-level categories");
    }
}
