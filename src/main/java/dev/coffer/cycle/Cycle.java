package dev.coffer.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import dev.coffer.common.persistence.OwnedEntity;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;

/** A pay cycle: a span of days and the income expected in it (V5_3__cycles.sql). */
@Entity
@Table(name = "cycles")
public class Cycle extends OwnedEntity {

    public static final int NAME_MAX = 100;
    /** The first key of the two-key advisory locks on a user's cycles ("CYCL"); no other lock uses two keys. */
    private static final int LOCK_SPACE = 0x4359434C;
    /** The exclusion constraint that keeps one user's cycles apart. */
    static final String NO_OVERLAP = "cycles_no_overlap";

    public String name;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** The last day, included. */
    @Column(name = "end_date")
    public LocalDate endDate;

    /** At the currency's minor units; 0 or more. */
    @Column(name = "income_amount")
    public BigDecimal incomeAmount;

    @Column(columnDefinition = "bpchar(3)")
    public String currency;

    /** draft, active or completed. */
    public String status;

    /** A page of the user's cycles by start date, over cycles_user_start_idx. */
    static PageResponse<CycleResponse> pageForUser(UUID userId, PageParams page) {
        return PageResponse.of(Cycle.<Cycle>find("userId = ?1 order by startDate, id", userId), page, CycleResponse::of);
    }

    /** The user's cycle with this id; another user's id finds nothing, like a missing one. */
    static Optional<Cycle> findOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    /** As {@link #findOwned}, locking the row for the rest of the transaction. */
    static Optional<Cycle> lockOwned(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Takes, until the transaction ends, the lock that makes the writes of one user's cycles run one after
     * the other. Without it, two overlapping inserts each wait for the other in the exclusion constraint's
     * check and Postgres breaks the deadlock by aborting one; with it, the second sees the first's row.
     */
    static void lockCyclesOf(UUID userId) {
        getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(:space, hashtext(:userId)) as text)")
                .setParameter("space", LOCK_SPACE)
                .setParameter("userId", userId.toString())
                .getSingleResult();
    }

    /** Another cycle of the user sharing a day with {@code start} to {@code end}, ignoring {@code except}. */
    static Optional<Cycle> overlapping(UUID userId, LocalDate start, LocalDate end, UUID except) {
        return find("userId = ?1 and startDate <= ?3 and endDate >= ?2 and id <> ?4 order by startDate", userId, start,
                end, except == null ? new UUID(0, 0) : except).firstResultOptional();
    }
}
