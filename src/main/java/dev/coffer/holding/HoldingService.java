package dev.coffer.holding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.coffer.account.Account;
import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.DatabaseFailures;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.currency.Money;
import dev.coffer.market.Security;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;

/**
 * The holdings of a user's accounts. Creating one share-locks the account, so it is not deleted meanwhile;
 * changes lock the holding before comparing {@code If-Match}, so the check and the change are one step.
 */
@ApplicationScoped
public class HoldingService {

    /** Quantities have up to 8 decimals. */
    static final int QUANTITY_SCALE = 8;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.99999999");

    PageResponse<HoldingResponse> list(UUID userId, UUID accountId, PageParams page) {
        Account.findOwned(userId, accountId).orElseThrow(HoldingService::accountNotFound);
        PanacheQuery<Holding> found = Holding.ofAccount(accountId);
        long total = found.count();
        List<Holding> holdings = found.page(page.index(), page.size).list();
        Map<UUID, Security> securities = Security.withIds(holdings.stream().map(holding -> holding.securityId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(security -> security.id, Function.identity()));
        return PageResponse.of(holdings.stream().map(holding -> HoldingResponse.of(holding, securities.get(holding.securityId)))
                .toList(), total, page);
    }

    HoldingResponse get(UUID userId, UUID accountId, UUID id) {
        Account.findOwned(userId, accountId).orElseThrow(HoldingService::accountNotFound);
        return response(Holding.findOwned(userId, accountId, id).orElseThrow(HoldingService::notFound));
    }

    /**
     * Creates a holding. A second holding of one security in one account is a 409: the answer already
     * there is to change its quantity. Two racing creations both pass the check; the unique index stops
     * the second with the same 409.
     */
    @Transactional
    HoldingResponse create(UUID userId, UUID accountId, CreateHoldingRequest request) {
        Account.shareLockCurrency(userId, accountId).orElseThrow(HoldingService::accountNotFound);
        Security security = Security.<Security>findByIdOptional(request.securityId())
                .orElseThrow(() -> ApiException.invalidField("security_id", "is not a registered security"));
        String costCurrency = request.costCurrency() == null ? security.currency : request.costCurrency();
        Holding holding = new Holding();
        holding.userId = userId;
        holding.accountId = accountId;
        holding.securityId = security.id;
        holding.quantity = quantity(request.quantity());
        holding.costBasis = costBasis(request.costBasis(), costCurrency);
        holding.costCurrency = costCurrency;
        if (Holding.exists(accountId, security.id)) {
            throw alreadyHeld(security);
        }
        try {
            holding.persistAndFlush();
        } catch (RuntimeException e) {
            throw DatabaseFailures.violates(e, Holding.ACCOUNT_SECURITY_KEY) ? alreadyHeld(security) : e;
        }
        Log.debugf("User %s added holding %s of %s", userId, holding.id, security.symbol);
        return HoldingResponse.of(holding, security);
    }

    @Transactional
    HoldingResponse update(UUID userId, UUID accountId, UUID id, UpdateHoldingRequest request, String ifMatch) {
        Account.findOwned(userId, accountId).orElseThrow(HoldingService::accountNotFound);
        Holding holding = Holding.lockOwned(userId, accountId, id).orElseThrow(HoldingService::notFound);
        ETags.checkIfMatch(ifMatch, holding.version);
        BigDecimal quantity = request.quantity() == null ? holding.quantity : quantity(request.quantity());
        String costCurrency = request.costCurrency() == null ? holding.costCurrency : request.costCurrency();
        BigDecimal costBasis = costBasis(request.costBasis() == null ? holding.costBasis : request.costBasis(),
                costCurrency);
        holding.quantity = quantity;
        holding.costBasis = costBasis;
        holding.costCurrency = costCurrency;
        Holding.flush();
        return response(holding);
    }

    @Transactional
    void delete(UUID userId, UUID accountId, UUID id, String ifMatch) {
        Account.findOwned(userId, accountId).orElseThrow(HoldingService::accountNotFound);
        Holding holding = Holding.lockOwned(userId, accountId, id).orElseThrow(HoldingService::notFound);
        ETags.checkIfMatch(ifMatch, holding.version);
        holding.delete();
    }

    private static HoldingResponse response(Holding holding) {
        return HoldingResponse.of(holding, Security.findById(holding.securityId));
    }

    /** Greater than zero, at most {@link #MAX_QUANTITY}, up to 8 decimals; scaled to 8. */
    static BigDecimal quantity(BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            throw ApiException.invalidField("quantity", "must be greater than 0");
        }
        if (quantity.compareTo(MAX_QUANTITY) > 0) {
            throw ApiException.invalidField("quantity", "must be at most " + MAX_QUANTITY.toPlainString());
        }
        if (quantity.stripTrailingZeros().scale() > QUANTITY_SCALE) {
            throw ApiException.invalidField("quantity", "may have at most " + QUANTITY_SCALE + " decimals");
        }
        return quantity.setScale(QUANTITY_SCALE, RoundingMode.UNNECESSARY);
    }

    /** Zero or more, at most {@link Money#MAX_AMOUNT}, no more decimals than the currency has; scaled to it. */
    private static BigDecimal costBasis(BigDecimal costBasis, String currency) {
        if (costBasis.signum() < 0) {
            throw ApiException.invalidField("cost_basis", "must not be negative");
        }
        if (costBasis.compareTo(Money.MAX_AMOUNT) > 0) {
            throw ApiException.invalidField("cost_basis", "must be at most 999999999999.9999");
        }
        int scale = Money.scaleFor(currency);
        if (costBasis.stripTrailingZeros().scale() > scale) {
            throw ApiException.invalidField("cost_basis", "has more decimals than " + currency + " allows (" + scale + ")");
        }
        return costBasis.setScale(scale, RoundingMode.UNNECESSARY);
    }

    private static ApiException alreadyHeld(Security security) {
        return ApiException.conflict("HOLDING_EXISTS", "The account already holds " + security.symbol
                + "; change that holding's quantity instead");
    }

    static ApiException accountNotFound() {
        return ApiException.notFound("ACCOUNT_NOT_FOUND", "No such account");
    }

    static ApiException notFound() {
        return ApiException.notFound("HOLDING_NOT_FOUND", "No such holding in the account");
    }
}
