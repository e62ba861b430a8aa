package dev.coffer.holding;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.coffer.common.security.CurrentUser;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.HeaderDocs;
import dev.coffer.common.web.Idempotency;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.common.web.PathIds;
import io.quarkus.security.Authenticated;

/** The holdings of one account, under the account's path as its balances are. */
@Path("/api/v1/accounts/{id}/holdings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = HoldingResource.TAG, description = "What an account holds: quantities of registered securities and what"
        + " they cost in total")
public class HoldingResource {

    static final String TAG = "Holdings";

    private static final String ACCOUNT_DOC = "Id of one of the user's accounts; another user's id or a malformed one is a 404";
    private static final String HOLDING_DOC = "Id of a holding of that account; another user's, another account's or a"
            + " malformed id is a 404";
    private static final String NOT_FOUND = "No such account of the user (ACCOUNT_NOT_FOUND), or no such holding in it"
            + " (HOLDING_NOT_FOUND)";
    private static final String FIELDS_422 = "Invalid field (VALIDATION_FAILED naming it: quantity (not above 0, over"
            + " 999999999999.99999999 or more than 8 decimals), cost_basis (negative, too large or more decimals than"
            + " cost_currency has), cost_currency (unknown)";

    private final HoldingService holdings;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;

    HoldingResource(HoldingService holdings, Idempotency idempotency, CurrentUser currentUser) {
        this.holdings = holdings;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(operationId = "createHolding", summary = "Add a holding to an account",
            description = "One holding per account and security; cost_currency defaults to the security's currency.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = HeaderDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HoldingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such account of the user (ACCOUNT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The account already holds that security (HOLDING_EXISTS)")
    @APIResponse(responseCode = "422", description = FIELDS_422 + ", security_id (missing, or not a registered"
            + " security)), or a malformed Idempotency-Key header; or an Idempotency-Key already used for another request"
            + " (IDEMPOTENCY_KEY_REUSED)")
    public RestResponse<HoldingResponse> create(@Parameter(description = ACCOUNT_DOC) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") CreateHoldingRequest request,
            @Parameter(description = HeaderDocs.IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID userId = currentUser.id();
        UUID accountId = accountId(id);
        return idempotency.create(userId, idempotencyKey, request, HoldingResponse.class, () -> {
            HoldingResponse holding = holdings.create(userId, accountId, request);
            return RestResponse.ResponseBuilder.<HoldingResponse>created(URI.create(location(holding))).entity(holding)
                    .header("ETag", ETags.of(holding.version())).build();
        });
    }

    @GET
    @Operation(operationId = "listHoldings", summary = "List an account's holdings",
            description = "Paged, in the order they were added.")
    @APIResponse(responseCode = "200", description = "One page; a page past the end has no items and the real total")
    @APIResponse(responseCode = "404", description = "No such account of the user (ACCOUNT_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "A malformed or out-of-range parameter (VALIDATION_FAILED naming"
            + " it): page below 1, size over 200")
    public PageResponse<HoldingResponse> list(@Parameter(description = ACCOUNT_DOC) @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return holdings.list(currentUser.id(), accountId(id), page);
    }

    @GET
    @Path("/{holding_id}")
    @Operation(operationId = "getHolding", summary = "Get a holding")
    @APIResponse(responseCode = "200", description = "The holding",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HoldingResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public RestResponse<HoldingResponse> get(@Parameter(description = ACCOUNT_DOC) @PathParam("id") String id,
            @Parameter(description = HOLDING_DOC) @PathParam("holding_id") String holdingId) {
        return ok(holdings.get(currentUser.id(), accountId(id), holdingId(holdingId)));
    }

    @PATCH
    @Path("/{holding_id}")
    @Operation(operationId = "updateHolding", summary = "Change a holding",
            description = "Partial update of quantity, cost_basis and cost_currency; the security stays.")
    @APIResponse(responseCode = "200", description = "The changed holding",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HoldingResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = FIELDS_422 + ")")
    public RestResponse<HoldingResponse> update(@Parameter(description = ACCOUNT_DOC) @PathParam("id") String id,
            @Parameter(description = HOLDING_DOC) @PathParam("holding_id") String holdingId,
            @Valid @NotNull(message = "is required") UpdateHoldingRequest request,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return ok(holdings.update(currentUser.id(), accountId(id), holdingId(holdingId), request, ifMatch));
    }

    @DELETE
    @Path("/{holding_id}")
    @Operation(operationId = "deleteHolding", summary = "Delete a holding")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    public RestResponse<Void> delete(@Parameter(description = ACCOUNT_DOC) @PathParam("id") String id,
            @Parameter(description = HOLDING_DOC) @PathParam("holding_id") String holdingId,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        holdings.delete(currentUser.id(), accountId(id), holdingId(holdingId), ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<HoldingResponse> ok(HoldingResponse holding) {
        return RestResponse.ResponseBuilder.ok(holding).header("ETag", ETags.of(holding.version())).build();
    }

    private static String location(HoldingResponse holding) {
        return "/api/v1/accounts/" + holding.accountId() + "/holdings/" + holding.id();
    }

    /** A malformed id names nothing: 404 like an unknown one, never a 400 or 500. */
    private static UUID accountId(String id) {
        return PathIds.parse(id, HoldingService::accountNotFound);
    }

    private static UUID holdingId(String id) {
        return PathIds.parse(id, HoldingService::notFound);
    }
}
