package dev.coffer.expense;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.coffer.category.CategoryUsage;

/**
 * What the category domain asks about the expenses filed under a user's categories. Its existence
 * replaces the category domain's default ("no expenses"). Every statement is one set-based query
 * served by {@code expenses_category_date_idx} (category first, then date), never a query per category.
 */
@ApplicationScoped
class ExpenseCategoryUsage implements CategoryUsage {

    private final EntityManager entityManager;

    ExpenseCategoryUsage(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public long expenseCount(UUID userId, UUID categoryId) {
        return ((Number) entityManager
                .createNativeQuery("select count(*) from expenses where category_id = ?1 and user_id = ?2")
                .setParameter(1, categoryId).setParameter(2, userId)
                .getSingleResult()).longValue();
    }

    /**
     * One grouped query: the user's categories (by the categories' user index) joined to their expenses
     * (by the category index), so the list of categories costs one statement for all counts.
     */
    @Override
    public Map<UUID, Long> expenseCounts(UUID userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select e.category_id, count(*)
                  from categories c
                  join expenses e on e.category_id = c.id
                 where c.user_id = ?1 and e.user_id = ?1
                 group by e.category_id""")
                .setParameter(1, userId)
                .getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Moves the expenses in one statement. Their category is a change a client can see, so each one's
     * version moves on, and a client holding the old one gets its 412 rather than overwriting the move.
     */
    @Override
    public void moveExpenses(UUID userId, UUID from, UUID to) {
        entityManager.createNativeQuery("""
                update expenses set category_id = ?1, version = version + 1, updated_at = now()
                 where category_id = ?2 and user_id = ?3""")
                .setParameter(1, to).setParameter(2, from).setParameter(3, userId)
                .executeUpdate();
    }

    /**
     * One row per description compared case-insensitively, in the spelling of its latest use, most
     * frequent first; equally frequent ones by latest use, then alphabetically, so the order is stable.
     */
    @Override
    public List<DescriptionUse> descriptionUses(UUID userId, UUID categoryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select (array_agg(description order by date desc, created_at desc, id desc))[1], count(*),
                       max(date) as latest
                  from expenses
                 where category_id = ?1 and user_id = ?2 and description is not null
                 group by lower(description)
                 order by count(*) desc, latest desc, lower(description)""")
                .setParameter(1, categoryId).setParameter(2, userId)
                .getResultList();
        return rows.stream()
                .map(row -> new DescriptionUse((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }
}
