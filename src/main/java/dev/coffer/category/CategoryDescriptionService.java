package dev.coffer.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;

/** The quick-pick descriptions of a user's categories. */
@ApplicationScoped
public class CategoryDescriptionService {

    /** How many history entries follow the saved descriptions. */
    static final int HISTORY_ENTRIES = 10;

    private final CategoryService categories;
    private final CategoryUsage usage;

    CategoryDescriptionService(CategoryService categories, CategoryUsage usage) {
        this.categories = categories;
        this.usage = usage;
    }

    /** The answer of {@link #save}: the description, and whether this call created it. */
    public record Saved(QuickPickDescription description, boolean created) {
    }

    /**
     * Saved descriptions first, most used first and then alphabetically; then up to
     * {@value #HISTORY_ENTRIES} descriptions of the user's expenses in the category that are not
     * saved, most used first.
     */
    public List<QuickPickDescription> list(UUID userId, UUID categoryId) {
        categories.requireOwned(userId, categoryId);
        List<CategoryUsage.DescriptionUse> uses = usage.descriptionUses(userId, categoryId);
        Map<String, Long> counts = new HashMap<>();
        for (CategoryUsage.DescriptionUse use : uses) {
            counts.merge(key(use.text()), use.count(), Long::sum);
        }
        List<QuickPickDescription> result = new ArrayList<>();
        Set<String> saved = new HashSet<>();
        for (CategoryDescription description : CategoryDescription.listForCategory(categoryId)) {
            saved.add(key(description.text));
            result.add(QuickPickDescription.saved(description, counts.getOrDefault(key(description.text), 0L)));
        }
        // Stable sort: equally used saved descriptions keep their alphabetical order.
        result.sort(Comparator.comparingLong(QuickPickDescription::useCount).reversed());
        uses.stream()
                .filter(use -> use.count() > 0 && saved.add(key(use.text())))
                .limit(HISTORY_ENTRIES)
                .forEach(use -> result.add(new QuickPickDescription(null, use.text(), QuickPickDescription.HISTORY, use.count())));
        return result;
    }

    /**
     * Saves a description, or finds the one already saved with the same text in any case: saving is
     * idempotent by text. The category row is locked first, so two saves of one text cannot race.
     */
    @Transactional
    public Saved save(UUID userId, UUID categoryId, SaveDescriptionRequest request) {
        String text = request.text().strip();
        if (text.codePointCount(0, text.length()) > CategoryDescription.TEXT_MAX) {
            throw ApiException.invalidField("text", "must be at most " + CategoryDescription.TEXT_MAX + " characters");
        }
        categories.lockForDescriptions(userId, categoryId);
        long count = countOf(userId, categoryId, text);
        return CategoryDescription.findByText(categoryId, text)
                .map(existing -> new Saved(QuickPickDescription.saved(existing, count), false))
                .orElseGet(() -> {
                    CategoryDescription description = new CategoryDescription();
                    description.userId = userId;
                    description.categoryId = categoryId;
                    description.text = text;
                    description.persistAndFlush();
                    return new Saved(QuickPickDescription.saved(description, count), true);
                });
    }

    @Transactional
    public void delete(UUID userId, UUID categoryId, UUID descriptionId) {
        categories.requireOwned(userId, categoryId);
        CategoryDescription description = CategoryDescription.findOwned(userId, categoryId, descriptionId)
                .orElseThrow(CategoryDescriptionService::notFound);
        description.delete();
    }

    private long countOf(UUID userId, UUID categoryId, String text) {
        String key = key(text);
        return usage.descriptionUses(userId, categoryId).stream()
                .filter(use -> key(use.text()).equals(key))
                .mapToLong(CategoryUsage.DescriptionUse::count).sum();
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static ApiException notFound() {
        return ApiException.notFound("DESCRIPTION_NOT_FOUND", "No such saved description in this category");
    }
}
