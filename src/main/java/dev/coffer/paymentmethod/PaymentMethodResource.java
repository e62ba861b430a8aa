package dev.coffer.paymentmethod;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import dev.coffer.common.web.PathIds;
import io.quarkus.security.Authenticated;

@Path("/api/v1/payment-methods")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = "Payment methods", description = "How the user pays (cash, cards, bank transfers, e-wallets), to tag expenses with")
public class PaymentMethodResource {

    private static final String BASE = "/api/v1/payment-methods/";
    private static final String ID_DOC = "Id of one of the user's payment methods; another user's id or a malformed one is a 404";

    private final PaymentMethodService methods;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;

    PaymentMethodResource(PaymentMethodService methods, Idempotency idempotency, CurrentUser currentUser) {
        this.methods = methods;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listPaymentMethods", summary = "List payment methods",
            description = "All of the user's payment methods, not paged (people have a handful), sorted by name "
                    + "(case-insensitively). Archived ones are left out unless include_archived=true.")
    @APIResponse(responseCode = "200", description = "The payment methods", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PaymentMethodResponse.class)))
    public List<PaymentMethodResponse> list(
            @Parameter(description = "Include archived payment methods") @QueryParam("include_archived") @DefaultValue("false")
            boolean includeArchived) {
        return methods.list(currentUser.id(), includeArchived);
    }

    @POST
    @Operation(operationId = "createPaymentMethod", summary = "Create a payment method")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = HeaderDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentMethodResponse.class)))
    @APIResponse(responseCode = "409", description = "The user already has a payment method of that name in any case "
            + "(PAYMENT_METHOD_NAME_TAKEN)")
    @APIResponse(responseCode = "422", description = "Invalid field (VALIDATION_FAILED naming it: name, type, last4, or the "
            + "Idempotency-Key header), or an Idempotency-Key already used for another request (IDEMPOTENCY_KEY_REUSED)")
    public RestResponse<PaymentMethodResponse> create(@Valid @NotNull(message = "is required") CreatePaymentMethodRequest request,
            @Parameter(description = HeaderDocs.IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID userId = currentUser.id();
        return idempotency.create(userId, idempotencyKey, request, PaymentMethodResponse.class,
                () -> created(methods.create(userId, request)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPaymentMethod", summary = "Get a payment method")
    @APIResponse(responseCode = "200", description = "The payment method",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentMethodResponse.class)))
    @APIResponse(responseCode = "404", description = "No such payment method of the user (PAYMENT_METHOD_NOT_FOUND)")
    public RestResponse<PaymentMethodResponse> get(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        return ok(methods.get(currentUser.id(), parseId(id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updatePaymentMethod", summary = "Change a payment method",
            description = "Partial update: only the fields sent change; last4: null removes the digits.")
    @APIResponse(responseCode = "200", description = "The changed payment method",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentMethodResponse.class)))
    @APIResponse(responseCode = "404", description = "No such payment method of the user (PAYMENT_METHOD_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The user already has a payment method of that name in any case "
            + "(PAYMENT_METHOD_NAME_TAKEN)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "Invalid field (VALIDATION_FAILED naming it: name, type, last4)")
    public RestResponse<PaymentMethodResponse> update(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") UpdatePaymentMethodRequest request,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return ok(methods.update(currentUser.id(), parseId(id), request, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deletePaymentMethod", summary = "Delete a payment method",
            description = "Deletes a payment method. Archive it instead (PATCH archived: true) to hide it while keeping "
                    + "it on past expenses.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such payment method of the user (PAYMENT_METHOD_NOT_FOUND)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    public RestResponse<Void> delete(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        methods.delete(currentUser.id(), parseId(id), ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<PaymentMethodResponse> created(PaymentMethodResponse method) {
        return RestResponse.ResponseBuilder.<PaymentMethodResponse>created(URI.create(BASE + method.id())).entity(method)
                .header("ETag", ETags.of(method.version())).build();
    }

    private static RestResponse<PaymentMethodResponse> ok(PaymentMethodResponse method) {
        return RestResponse.ResponseBuilder.ok(method).header("ETag", ETags.of(method.version())).build();
    }

    /** A malformed id names no payment method: 404 like an unknown one, never a 400 or 500. */
    private static UUID parseId(String id) {
        return PathIds.parse(id, PaymentMethodService::notFound);
    }
}
