package dev.coffer.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.institution.Institution;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;

/**
 * A user's accounts. Writes lock the account row before comparing {@code If-Match}, so the check and the
 * change are one step; an institution is key-share-locked while an account starts naming it.
 */
@ApplicationScoped
public class AccountService {

    PageResponse<AccountResponse> list(UUID userId, AccountQueryParams query, PageParams page) {
        AccountQueryParams.Filter filter = query.filter();
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("user", userId);
        PanacheQuery<Account> found = Account.find("userId = :user" + filter.conditions() + " order by " + query.orderBy(),
                parameters);
        long total = found.count();
        List<Account> accounts = found.page(page.index(), page.size).list();
        Map<UUID, AccountValue> latest = AccountValue.latestOf(accounts.stream().map(account -> account.id).toList());
        return PageResponse.of(accounts.stream().map(account -> AccountResponse.of(account, latest.get(account.id)))
                .toList(), total, page);
    }

    AccountResponse get(UUID userId, UUID id) {
        return response(Account.findOwned(userId, id).orElseThrow(AccountService::notFound));
    }

    @Transactional
    AccountResponse create(UUID userId, CreateAccountRequest request) {
        Account account = new Account();
        account.userId = userId;
        account.name = request.name().strip();
        account.type = type(request.type());
        account.currency = request.currency();
        account.institutionId = institution(userId, request.institutionId(), null);
        account.archived = Boolean.TRUE.equals(request.archived());
        account.persistAndFlush();
        Log.debugf("User %s created account %s", userId, account.id);
        return AccountResponse.of(account, null);
    }

    /**
     * Changes an account. The currency changes only while the account has no balances: they were
     * recorded in the old one, and converting them would invent figures nobody saw. Balance writes
     * share-lock the account, so none slips in between this check and the change.
     */
    @Transactional
    AccountResponse update(UUID userId, UUID id, UpdateAccountRequest request, String ifMatch) {
        Account account = Account.lockOwned(userId, id).orElseThrow(AccountService::notFound);
        ETags.checkIfMatch(ifMatch, account.version);
        String type = request.type() == null ? account.type : type(request.type());
        UUID institutionId = request.institutionId().isPresent()
                ? institution(userId, request.institutionId().value(), account.institutionId)
                : account.institutionId;
        if (request.currency() != null && !request.currency().equals(account.currency) && AccountValue.existFor(id)) {
            throw ApiException.conflict("ACCOUNT_HAS_BALANCES",
                    "The currency of an account with balances cannot change; delete its balances first");
        }
        if (request.name() != null) {
            account.name = request.name().strip();
        }
        account.type = type;
        if (request.currency() != null) {
            account.currency = request.currency();
        }
        account.institutionId = institutionId;
        if (request.archived() != null) {
            account.archived = request.archived();
        }
        Account.flush();
        return response(account);
    }

    /** Deletes an account and, through their foreign key, its balances. */
    @Transactional
    void delete(UUID userId, UUID id, String ifMatch) {
        Account account = Account.lockOwned(userId, id).orElseThrow(AccountService::notFound);
        ETags.checkIfMatch(ifMatch, account.version);
        account.delete();
    }

    private static AccountResponse response(Account account) {
        return AccountResponse.of(account, AccountValue.latestOf(List.of(account.id)).get(account.id));
    }

    private static String type(String wire) {
        return AccountType.fromWire(wire)
                .orElseThrow(() -> ApiException.invalidField("type", "must be one of " + AccountType.WIRE_NAMES)).wire();
    }

    /** {@code id} when it is one of the user's institutions (checked only when it changes from {@code current}), else a 422. */
    private static UUID institution(UUID userId, UUID id, UUID current) {
        if (id != null && !id.equals(current) && !Institution.lockForReference(userId, id)) {
            throw ApiException.invalidField("institution_id", "is not one of your institutions");
        }
        return id;
    }

    static ApiException notFound() {
        return ApiException.notFound("ACCOUNT_NOT_FOUND", "No such account");
    }
}
