package dev.coffer.cycle;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.coffer.currency.Money;

/**
 * A cycle's expected and actual spending per category, in one statement. Every expense of the user
 * dated in the cycle and every expected item counts in the cycle's currency by the rule of the stored
 * expense conversions (convert_at_date in V5_8__conversion_at_date.sql: the rate of its own date, rounded once to
 * the cycle currency's minor units); those without a rate count only in {@link Line#unconverted}.
 */
@ApplicationScoped
class CycleFigures {

    /** One category's figures; {@code name} is null for a deleted category of an expected item. */
    record Line(UUID categoryId, String name, BigDecimal expected, BigDecimal actual, long unconverted) {
    }

    private static final String BY_CATEGORY = """
            select s.category_id, k.name,
                   coalesce(sum(s.amount) filter (where s.expected), 0) as expected,
                   coalesce(sum(s.amount) filter (where not s.expected), 0) as actual,
                   count(*) filter (where s.amount is null) as unconverted
              from (select false as expected, x.category_id,
                           convert_at_date(x.amount, x.currency, cast(:currency as char(3)), x.date, :scale) as amount
                      from expenses x
                     where x.user_id = :userId and x.date between :startDate and :endDate
                    union all
                    select true, i.category_id,
                           convert_at_date(i.amount, i.currency, cast(:currency as char(3)), i.date, :scale)
                      from cycle_expected_items i
                     where i.cycle_id = :cycleId) s
              left join categories k on k.id = s.category_id and k.user_id = :userId
             group by s.category_id, k.name
             order by lower(k.name) nulls last, s.category_id""";

    private final EntityManager entityManager;

    CycleFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The cycle's lines by category name (unnamed last). */
    List<Line> byCategory(Cycle cycle) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(BY_CATEGORY)
                .setParameter("userId", cycle.userId)
                .setParameter("cycleId", cycle.id)
                .setParameter("currency", cycle.currency)
                .setParameter("scale", Money.scaleFor(cycle.currency))
                .setParameter("startDate", cycle.startDate)
                .setParameter("endDate", cycle.endDate)
                .getResultList();
        return rows.stream().map(row -> new Line((UUID) row[0], (String) row[1], (BigDecimal) row[2],
                (BigDecimal) row[3], ((Number) row[4]).longValue())).toList();
    }
}
