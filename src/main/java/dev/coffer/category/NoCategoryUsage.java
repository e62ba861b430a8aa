package dev.coffer.category;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * The {@link CategoryUsage} of an application without expenses: nothing uses a category. It is a
 * {@code @DefaultBean}, so the expense domain's own {@code CategoryUsage} bean replaces it simply
 * by existing, without the category domain knowing about expenses.
 */
@DefaultBean
@ApplicationScoped
class NoCategoryUsage implements CategoryUsage {

    @Override
    public long expenseCount(UUID userId, UUID categoryId) {
        return 0;
    }

    @Override
    public Map<UUID, Long> expenseCounts(UUID userId) {
        return Map.of();
    }

    @Override
    public void moveExpenses(UUID userId, UUID from, UUID to) {
        // No expenses to move.
    }

    @Override
    public List<DescriptionUse> descriptionUses(UUID userId, UUID categoryId) {
        return List.of();
    }
}
