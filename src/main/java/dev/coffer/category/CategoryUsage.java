package dev.coffer.category;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a user's categories are used by their expenses. Categories need this (the {@code expense_count}
 * of a category, the 409 {@code CATEGORY_IN_USE} of a delete without {@code reassign_to}, moving
 * expenses to the {@code reassign_to} category, the description history of quick picks), but the
 * category domain must not depend on the expense domain, which depends on it. So the expense domain
 * implements this interface; until it does, {@link NoCategoryUsage} answers "no expenses".
 *
 * <p>Every method is called with the owning user's id and ids of that user's categories only.
 * {@link #moveExpenses} runs inside the deleting transaction, before the category row goes.
 */
public interface CategoryUsage {

    /** Number of the user's expenses filed directly under the category (not under its children). */
    long expenseCount(UUID userId, UUID categoryId);

    /** {@link #expenseCount} of every category of the user that has expenses, in one query; absent means 0. */
    Map<UUID, Long> expenseCounts(UUID userId);

    /** Files every expense of category {@code from} under category {@code to}. */
    void moveExpenses(UUID userId, UUID from, UUID to);

    /**
     * Every description the user's expenses in this category carry, compared case-insensitively
     * (one entry per text, in the spelling of its latest use), most frequent first.
     */
    List<DescriptionUse> descriptionUses(UUID userId, UUID categoryId);

    /** A description text and how many of the category's expenses carry it. */
    record DescriptionUse(String text, long count) {
    }
}
