package dev.coffer.account;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.security.CurrentUser;
import dev.coffer.common.web.HeaderDocs;
import dev.coffer.common.web.Idempotency;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import io.quarkus.security.Authenticated;

/** The balances of one account over time, under the account's path as its holdings are. */
@Path("/api/v1/accounts/{id}/values")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = AccountResource.TAG, description = AccountResource.TAG_DESCRIPTION)
public class AccountValueResource {

    private final AccountValueService values;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;

    AccountValueResource(AccountValueService values, Idempotency idempotency, CurrentUser currentUser) {
        this.values = values;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(operationId = "saveAccountValue", summary = "Record an account's balance on a date",
            description = "One balance per date: a new date is created (201), a date already recorded has its balance"
                    + " replaced (200). The account's latest_balance follows.")
    @APIResponse(responseCode = "200", description = "The balance of a date already recorded, replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BalanceResponse.class)))
    @APIResponse(responseCode = "201", description = "The balance of a new date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BalanceResponse.class)))
    @APIResponse(responseCode = "404", description = "No such account of the user (ACCOUNT_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "Invalid field (VALIDATION_FAILED naming it: date (missing or not"
            + " from 1900-01-01 to 9999-12-31), balance (missing, too large, or more decimals than the account's"
            + " currency has)), or a malformed Idempotency-Key header; or an Idempotency-Key already used for another"
            + " request (IDEMPOTENCY_KEY_REUSED)")
    public RestResponse<BalanceResponse> save(@Parameter(description = AccountResource.ID_DOC) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") SaveBalanceRequest request,
            @Parameter(description = HeaderDocs.IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID userId = currentUser.id();
        UUID accountId = AccountResource.parseId(id);
        return idempotency.create(userId, idempotencyKey, request, BalanceResponse.class, () -> {
            AccountValueService.Saved saved = values.save(userId, accountId, request);
            return RestResponse.ResponseBuilder.create(saved.inserted() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                    saved.balance()).build();
        });
    }

    @GET
    @Operation(operationId = "listAccountValues", summary = "An account's balances over time",
            description = "Paged, oldest date first, from start_date to end_date (each inclusive, open when absent).")
    @APIResponse(responseCode = "200", description = "One page of the series; a page past the end has no items and the"
            + " real total")
    @APIResponse(responseCode = "404", description = "No such account of the user (ACCOUNT_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "A malformed or out-of-range parameter (VALIDATION_FAILED naming"
            + " it): start_date, end_date (also when before start_date), page below 1, size over 200")
    public PageResponse<BalanceResponse> list(@Parameter(description = AccountResource.ID_DOC) @PathParam("id") String id,
            @Parameter(description = "Only balances on or after this date (YYYY-MM-DD)", example = "2025-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("start_date") String startDate,
            @Parameter(description = "Only balances on or before this date (YYYY-MM-DD)", example = "2025-12-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("end_date") String endDate,
            @Valid @BeanParam PageParams page) {
        UUID accountId = AccountResource.parseId(id);
        return values.series(currentUser.id(), accountId, queryDate("start_date", startDate),
                queryDate("end_date", endDate), page);
    }

    @DELETE
    @Path("/{date}")
    @Operation(operationId = "deleteAccountValue", summary = "Delete an account's balance of a date")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such account of the user (ACCOUNT_NOT_FOUND), or no balance"
            + " recorded on that date, a malformed date included (ACCOUNT_VALUE_NOT_FOUND)")
    public RestResponse<Void> delete(@Parameter(description = AccountResource.ID_DOC) @PathParam("id") String id,
            @Parameter(description = "The date of the balance (YYYY-MM-DD)", example = "2025-01-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date") String date) {
        values.delete(currentUser.id(), AccountResource.parseId(id), pathDate(date));
        return RestResponse.noContent();
    }

    private static LocalDate queryDate(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return AccountValueService.checkDate(field, LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "must be a date YYYY-MM-DD");
        }
    }

    /** A malformed date in the path names no balance: null, which the service answers with a 404. */
    private static LocalDate pathDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
