package dev.coffer.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.currency.Money;

/**
 * The balance snapshots of a user's accounts. Writes share-lock the account: it cannot be deleted or
 * change currency while a balance is written, and writes to one account do not wait for each other.
 */
@ApplicationScoped
public class AccountValueService {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** A balance written, and whether its date was new. */
    record Saved(BalanceResponse balance, boolean inserted) {
    }

    @Transactional
    Saved save(UUID userId, UUID accountId, SaveBalanceRequest request) {
        String currency = Account.shareLockCurrency(userId, accountId).orElseThrow(AccountService::notFound);
        LocalDate date = checkDate("date", request.date());
        BigDecimal balance = balance(request.balance(), currency);
        boolean inserted = AccountValue.upsert(accountId, date, balance);
        return new Saved(new BalanceResponse(date, balance.toPlainString()), inserted);
    }

    PageResponse<BalanceResponse> series(UUID userId, UUID accountId, LocalDate start, LocalDate end, PageParams page) {
        Account account = Account.findOwned(userId, accountId).orElseThrow(AccountService::notFound);
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiException.invalidField("end_date", "must not be before start_date");
        }
        return PageResponse.of(AccountValue.series(accountId, start, end), page,
                value -> BalanceResponse.of(value, account.currency));
    }

    @Transactional
    void delete(UUID userId, UUID accountId, LocalDate date) {
        Account.shareLockCurrency(userId, accountId).orElseThrow(AccountService::notFound);
        if (date == null || !AccountValue.delete(accountId, date)) {
            throw notFound();
        }
    }

    /** A date within the range every date field of Coffer accepts, else a 422 naming {@code field}. */
    static LocalDate checkDate(String field, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ApiException.invalidField(field, "must be from " + EARLIEST + " to " + LATEST);
        }
        return date;
    }

    /** Any sign, at most {@link Money#MAX_AMOUNT} either way, no more decimals than the currency has; scaled to it. */
    private static BigDecimal balance(BigDecimal balance, String currency) {
        if (balance.abs().compareTo(Money.MAX_AMOUNT) > 0) {
            throw ApiException.invalidField("balance", "must be between -999999999999.9999 and 999999999999.9999");
        }
        int scale = Money.scaleFor(currency);
        if (balance.stripTrailingZeros().scale() > scale) {
            throw ApiException.invalidField("balance", "has more decimals than " + currency + " allows (" + scale + ")");
        }
        return balance.setScale(scale, RoundingMode.UNNECESSARY);
    }

    static ApiException notFound() {
        return ApiException.notFound("ACCOUNT_VALUE_NOT_FOUND", "The account has no balance on that date");
    }
}
