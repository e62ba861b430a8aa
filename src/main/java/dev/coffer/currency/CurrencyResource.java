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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;

/** The ISO 4217 currencies Coffer accepts; public, so sign-up forms can offer them. */
@Path("/api/v1/currencies")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Currencies", description = "ISO 4217 currencies and the exchange rates between them")
public class CurrencyResource {

    private final ExchangeRateService rates;

    CurrencyResource(ExchangeRateService rates) {
        this.rates = rates;
    }

    @GET
    @Operation(operationId = "listCurrencies", summary = "Lists the ISO 4217 currencies",
            description = "Ordered by code, paged. Public, so that sign-up forms can offer them; `has_rates` is true when "
                    + "the latest rates include the currency.")
    @APIResponse(responseCode = "200", description = "A page of currencies")
    @APIResponse(responseCode = "422", description = "page or size is out of range (VALIDATION_FAILED, with errors[])")
    @SecurityRequirements
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
