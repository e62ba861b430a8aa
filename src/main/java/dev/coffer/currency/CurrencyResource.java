package dev.coffer.currency;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;

/** The ISO 4217 currencies Coffer accepts; public, so sign-up forms can offer them. */
@Path("/api/v1/currencies")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CurrencyResource {

    private final ExchangeRateService rates;

    CurrencyResource(ExchangeRateService rates) {
        this.rates = rates;
    }

    @GET
    @Operation(summary = "ISO 4217 currencies ordered by code, paged; has_rates is true when the latest rates include it")
    public PageResponse<CurrencyResponse> list(@Valid @BeanParam PageParams page) {
        Set<String> priced = rates.currentSnapshot()
                .map(snapshot -> {
                    Set<String> codes = new HashSet<>(snapshot.rates().keySet());
                    codes.add(snapshot.base());
                    return codes;
                })
                .orElse(Set.of());
        List<CurrencyCatalog.Entry> all = CurrencyCatalog.all();
        List<CurrencyResponse> items = all.stream()
                .skip((long) page.index() * page.size)
                .limit(page.size)
                .map(entry -> new CurrencyResponse(entry.code(), entry.name(), entry.minorUnits(),
                        priced.contains(entry.code())))
                .toList();
        return PageResponse.of(items, all.size(), page);
    }
}
