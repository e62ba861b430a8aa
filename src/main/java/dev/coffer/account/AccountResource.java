package dev.coffer.account;

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

@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = AccountResource.TAG, description = AccountResource.TAG_DESCRIPTION)
public class AccountResource {

    static final String TAG = "Accounts";
    static final String TAG_DESCRIPTION = "The user's bank, card, brokerage, cash and loan accounts and their balances"
            + " over time";
    static final String ID_DOC = "Id of one of the user's accounts; another user's id or a malformed one is a 404";

    private static final String BASE = "/api/v1/accounts/";
    private static final String FIELDS_422 = "Invalid field (VALIDATION_FAILED naming it: name, type, currency,"
            + " institution_id (not one of the user's institutions), archived)";

    private final AccountService accounts;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;

    AccountResource(AccountService accounts, Idempotency idempotency, CurrentUser currentUser) {
        this.accounts = accounts;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(operationId = "createAccount", summary = "Create an account")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = HeaderDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "422", description = FIELDS_422 + ", or a malformed Idempotency-Key header; or an"
            + " Idempotency-Key already used for another request (IDEMPOTENCY_KEY_REUSED)")
    public RestResponse<AccountResponse> create(@Valid @NotNull(message = "is required") CreateAccountRequest request,
            @Parameter(description = HeaderDocs.IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID userId = currentUser.id();
        return idempotency.create(userId, idempotencyKey, request, AccountResponse.class,
                () -> created(accounts.create(userId, request)));
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "List accounts",
            description = "Paged, by name (case-insensitively) unless sort says otherwise, archived accounts included"
                    + " unless archived=false. Each account carries its latest balance.")
    @APIResponse(responseCode = "200", description = "One page; a page past the end has no items and the real total")
    @APIResponse(responseCode = "422", description = "A malformed or out-of-range parameter (VALIDATION_FAILED naming"
            + " it): type, archived, institution_id, sort (an undocumented field), page below 1, size over 200")
    public PageResponse<AccountResponse> list(@BeanParam AccountQueryParams query, @Valid @BeanParam PageParams page) {
        return accounts.list(currentUser.id(), query, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAccount", summary = "Get an account")
    @APIResponse(responseCode = "200", description = "The account with its latest balance",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "404", description = "No such account of the user (ACCOUNT_NOT_FOUND)")
    public RestResponse<AccountResponse> get(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        return ok(accounts.get(currentUser.id(), parseId(id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateAccount", summary = "Change an account",
            description = "Partial update: only the fields sent change; institution_id: null detaches the account. The"
                    + " currency changes only while the account has no balances.")
    @APIResponse(responseCode = "200", description = "The changed account",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "404", description = "No such account of the user (ACCOUNT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Another currency for an account that has balances"
            + " (ACCOUNT_HAS_BALANCES)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = FIELDS_422)
    public RestResponse<AccountResponse> update(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") UpdateAccountRequest request,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return ok(accounts.update(currentUser.id(), parseId(id), request, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteAccount", summary = "Delete an account",
            description = "Deletes the account and all its balances. Archive it instead (PATCH archived: true) to keep"
                    + " its history.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such account of the user (ACCOUNT_NOT_FOUND)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    public RestResponse<Void> delete(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        accounts.delete(currentUser.id(), parseId(id), ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<AccountResponse> created(AccountResponse account) {
        return RestResponse.ResponseBuilder.<AccountResponse>created(URI.create(BASE + account.id())).entity(account)
                .header("ETag", ETags.of(account.version())).build();
    }

    private static RestResponse<AccountResponse> ok(AccountResponse account) {
        return RestResponse.ResponseBuilder.ok(account).header("ETag", ETags.of(account.version())).build();
    }

    /** A malformed id names no account: 404 like an unknown one, never a 400 or 500. */
    static UUID parseId(String id) {
        return PathIds.parse(id, AccountService::notFound);
    }
}
