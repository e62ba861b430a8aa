package dev.coffer.category;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Stands in for the expense domain's {@link CategoryUsage} in {@link CategoryUsageTest}: expense
 * counts and description histories set by the test, moves recorded. Enabled only by that test's profile.
 */
@Alternative
@ApplicationScoped
public class RecordedCategoryUsage implements CategoryUsage {

    static final Map<UUID, Long> COUNTS = new ConcurrentHashMap<>();
    static final Map<UUID, List<DescriptionUse>> HISTORY = new ConcurrentHashMap<>();
    static final List<List<UUID>> MOVES = new CopyOnWriteArrayList<>();

    @Override
    public long expenseCount(UUID userId, UUID categoryId) {
        return COUNTS.getOrDefault(categoryId, 0L);
    }

    @Override
    public Map<UUID, Long> expenseCounts(UUID userId) {
        return Map.copyOf(COUNTS);
    }

    @Override
    public void moveExpenses(UUID userId, UUID from, UUID to) {
        MOVES.add(List.of(userId, from, to));
        Long moved = COUNTS.remove(from);
        if (moved != null) {
            COUNTS.merge(to, moved, Long::sum);
        }
    }

    @Override
    public List<DescriptionUse> descriptionUses(UUID userId, UUID categoryId) {
        return HISTORY.getOrDefault(categoryId, List.of());
    }
}
