package dev.coffer.institution;

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

@Path("/api/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = "Institutions", description = "Banks, brokers and other firms where the user holds accounts")
public class InstitutionResource {

    private static final String BASE = "/api/v1/institutions/";
    private static final String ID_DOC = "Id of one of the user's institutions; another user's id or a malformed one is a 404";
    private static final String FIELDS_422 = "Invalid field (VALIDATION_FAILED naming it: name, country (not an ISO"
            + " 3166-1 alpha-2 code in upper case), website (not an http or https URL))";

    private final InstitutionService institutions;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;

    InstitutionResource(InstitutionService institutions, Idempotency idempotency, CurrentUser currentUser) {
        this.institutions = institutions;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(operationId = "createInstitution", summary = "Create an institution")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = HeaderDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "409", description = "The user already has an institution of that name in any case"
            + " (INSTITUTION_NAME_TAKEN)")
    @APIResponse(responseCode = "422", description = FIELDS_422 + ", or a malformed Idempotency-Key header; or an"
            + " Idempotency-Key already used for another request (IDEMPOTENCY_KEY_REUSED)")
    public RestResponse<InstitutionResponse> create(@Valid @NotNull(message = "is required") CreateInstitutionRequest request,
            @Parameter(description = HeaderDocs.IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID userId = currentUser.id();
        return idempotency.create(userId, idempotencyKey, request, InstitutionResponse.class,
                () -> created(institutions.create(userId, request)));
    }

    @GET
    @Operation(operationId = "listInstitutions", summary = "List institutions",
            description = "Paged, by name (case-insensitively).")
    @APIResponse(responseCode = "200", description = "One page; a page past the end has no items and the real total")
    @APIResponse(responseCode = "422", description = "A malformed or out-of-range parameter (VALIDATION_FAILED naming"
            + " it): page below 1, size over 200")
    public PageResponse<InstitutionResponse> list(@Valid @BeanParam PageParams page) {
        return institutions.list(currentUser.id(), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInstitution", summary = "Get an institution")
    @APIResponse(responseCode = "200", description = "The institution",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such institution of the user (INSTITUTION_NOT_FOUND)")
    public RestResponse<InstitutionResponse> get(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        return ok(institutions.get(currentUser.id(), parseId(id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateInstitution", summary = "Change an institution",
            description = "Partial update: only the fields sent change; website: null removes it.")
    @APIResponse(responseCode = "200", description = "The changed institution",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such institution of the user (INSTITUTION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The user already has an institution of that name in any case"
            + " (INSTITUTION_NAME_TAKEN)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = FIELDS_422)
    public RestResponse<InstitutionResponse> update(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") UpdateInstitutionRequest request,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return ok(institutions.update(currentUser.id(), parseId(id), request, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteInstitution", summary = "Delete an institution",
            description = "Deletes an institution that no account names; detach or delete its accounts first.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such institution of the user (INSTITUTION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Accounts still name the institution (INSTITUTION_IN_USE)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    public RestResponse<Void> delete(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        institutions.delete(currentUser.id(), parseId(id), ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<InstitutionResponse> created(InstitutionResponse institution) {
        return RestResponse.ResponseBuilder.<InstitutionResponse>created(URI.create(BASE + institution.id()))
                .entity(institution).header("ETag", ETags.of(institution.version())).build();
    }

    private static RestResponse<InstitutionResponse> ok(InstitutionResponse institution) {
        return RestResponse.ResponseBuilder.ok(institution).header("ETag", ETags.of(institution.version())).build();
    }

    /** A malformed id names no institution: 404 like an unknown one, never a 400 or 500. */
    private static UUID parseId(String id) {
        return PathIds.parse(id, InstitutionService::notFound);
    }
}
