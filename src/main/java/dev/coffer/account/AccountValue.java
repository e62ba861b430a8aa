package dev.coffer.account;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** The balance of an account at the end of one date; one per account and date. */
@Entity
@Table(name = "account_values")
@IdClass(AccountValue.Key.class)
public class AccountValue extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Id
    public LocalDate date;

    /** At most the account currency's minor units; negative for debts (loans, credit cards). */
    public BigDecimal balance;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;

    /** The primary key: account and date. */
    public static class Key implements Serializable {

        public UUID accountId;
        public LocalDate date;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(accountId, key.accountId) && Objects.equals(date, key.date);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, date);
        }
    }

    /**
     * Writes the balance of {@code date}, replacing the one stored for that date. One statement on the
     * primary key, so concurrent writes of one date leave one row (the last writer's). True when the
     * row is new: {@code xmax} is zero only on a row this statement inserted.
     */
    static boolean upsert(UUID accountId, LocalDate date, BigDecimal balance) {
        return (Boolean) getEntityManager().createNativeQuery("insert into account_values (account_id, date, balance)"
                + " values (:account, :date, :balance)"
                + " on conflict (account_id, date) do update set balance = excluded.balance, updated_at = now()"
                + " returning (xmax = 0)")
                .setParameter("account", accountId)
                .setParameter("date", date)
                .setParameter("balance", balance)
                .getSingleResult();
    }

    /** The balances of an account from {@code start} to {@code end} (each inclusive, null for open), oldest first. */
    static PanacheQuery<AccountValue> series(UUID accountId, LocalDate start, LocalDate end) {
        StringBuilder query = new StringBuilder("accountId = :account");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("account", accountId);
        if (start != null) {
            query.append(" and date >= :start");
            parameters.put("start", start);
        }
        if (end != null) {
            query.append(" and date <= :end");
            parameters.put("end", end);
        }
        return find(query.append(" order by date").toString(), parameters);
    }

    /** The latest balance of each account that has one, by account id: one index walk per account. */
    @SuppressWarnings("unchecked")
    static Map<UUID, AccountValue> latestOf(Collection<UUID> accountIds) {
        Map<UUID, AccountValue> latest = new HashMap<>();
        if (accountIds.isEmpty()) {
            return latest;
        }
        List<AccountValue> rows = getEntityManager().createNativeQuery("select distinct on (account_id) *"
                + " from account_values where account_id in (:accounts) order by account_id, date desc", AccountValue.class)
                .setParameter("accounts", accountIds)
                .getResultList();
        for (AccountValue row : rows) {
            latest.put(row.accountId, row);
        }
        return latest;
    }

    static boolean existFor(UUID accountId) {
        return count("accountId", accountId) > 0;
    }

    static boolean delete(UUID accountId, LocalDate date) {
        return delete("accountId = ?1 and date = ?2", accountId, date) > 0;
    }
}
