package dev.coffer.category;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

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

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = "Categories", description = "The user's expense categories (one level of nesting) and the quick-pick "
        + "descriptions saved for each. Every account starts with ten default categories.")
public class CategoryResource {

    private static final String BASE = "/api/v1/categories/";
    private static final String ID_DOC = "Id of one of the user's categories; another user's id or a malformed one is a 404";

    private final CategoryService categories;
    private final CategoryDescriptionService descriptions;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;

    CategoryResource(CategoryService categories, CategoryDescriptionService descriptions, Idempotency idempotency,
            CurrentUser currentUser) {
        this.categories = categories;
        this.descriptions = descriptions;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listCategories", summary = "List categories",
            description = "All of the user's categories, not paged, sorted by name (case-insensitively). Archived "
                    + "categories are left out unless include_archived=true; a subcategory is listed even when its "
                    + "parent is archived.")
    @APIResponse(responseCode = "200", description = "The categories", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = CategoryResponse.class)))
    public List<CategoryResponse> list(
            @Parameter(description = "Include archived categories") @QueryParam("include_archived") @DefaultValue("false")
            boolean includeArchived) {
        return categories.list(currentUser.id(), includeArchived);
    }

    @POST
    @Operation(operationId = "createCategory", summary = "Create a category",
            description = "Creates a category, top-level or (with parent_id) nested under a top-level one.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = HeaderDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "409", description = "The user already has a category of that name in any case (CATEGORY_NAME_TAKEN)")
    @APIResponse(responseCode = "422", description = "Invalid field (VALIDATION_FAILED naming it: name, color, icon, parent_id "
            + "when it is not a top-level category of the user, or the Idempotency-Key header), or an Idempotency-Key "
            + "already used for another request (IDEMPOTENCY_KEY_REUSED)")
    public RestResponse<CategoryResponse> create(@Valid @NotNull(message = "is required") CreateCategoryRequest request,
            @Parameter(description = HeaderDocs.IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID userId = currentUser.id();
        return idempotency.create(userId, idempotencyKey, request, CategoryResponse.class,
                () -> created(categories.create(userId, request)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCategory", summary = "Get a category")
    @APIResponse(responseCode = "200", description = "The category",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "404", description = "No such category of the user (CATEGORY_NOT_FOUND)")
    public RestResponse<CategoryResponse> get(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        return ok(categories.get(currentUser.id(), parseId(id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateCategory", summary = "Change a category",
            description = "Partial update: only the fields sent change. parent_id: null moves a subcategory to the top "
                    + "level; a category that has subcategories cannot become one, and a category cannot be its own parent.")
    @APIResponse(responseCode = "200", description = "The changed category",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "404", description = "No such category of the user (CATEGORY_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The user already has a category of that name in any case (CATEGORY_NAME_TAKEN)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "Invalid field (VALIDATION_FAILED naming it: name, color, icon, "
            + "parent_id when it is not a top-level category of the user, is the category itself, or the category has "
            + "subcategories)")
    public RestResponse<CategoryResponse> update(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") UpdateCategoryRequest request,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return ok(categories.update(currentUser.id(), parseId(id), request, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteCategory", summary = "Delete a category",
            description = "Deletes a category. With reassign_to, its expenses and its saved descriptions (those whose "
                    + "text the target does not have yet) move to that category first; without it, a category that has "
                    + "expenses is a 409 CATEGORY_IN_USE. Subcategories of a deleted top-level category are kept: with "
                    + "reassign_to naming a top-level category (or one of these subcategories, which then becomes "
                    + "top-level), they move under it; otherwise they become top-level categories. A category that "
                    + "something else still references, such as a budget watching it, is a 409 CATEGORY_IN_USE too, "
                    + "with or without reassign_to.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such category of the user (CATEGORY_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The category has expenses and no reassign_to was given, or a budget "
            + "watches it (CATEGORY_IN_USE)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "reassign_to is not another category of the user (VALIDATION_FAILED "
            + "naming reassign_to)")
    public RestResponse<Void> delete(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Parameter(description = "Id of another of the user's categories to move this category's expenses and saved "
                    + "descriptions to", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("reassign_to") String reassignTo,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        // An empty reassign_to= arrives as null; it names no category, so it must not delete as if absent.
        if (reassignTo == null && uri.getQueryParameters().containsKey("reassign_to")) {
            reassignTo = "";
        }
        categories.delete(currentUser.id(), parseId(id), reassignTo, ifMatch);
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/descriptions")
    @Operation(operationId = "listCategoryDescriptions", summary = "Quick-pick descriptions of a category",
            description = "The descriptions to offer when recording an expense in this category: first those the user "
                    + "saved (source saved; most used first, then alphabetically), then up to 10 more that the user's "
                    + "expenses in this category carry most often (source history, id null; most used first).")
    @APIResponse(responseCode = "200", description = "Saved descriptions, then frequent ones from the user's history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = QuickPickDescription.class)))
    @APIResponse(responseCode = "404", description = "No such category of the user (CATEGORY_NOT_FOUND)")
    public List<QuickPickDescription> listDescriptions(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        return descriptions.list(currentUser.id(), parseId(id));
    }

    @POST
    @Path("/{id}/descriptions")
    @Operation(operationId = "saveCategoryDescription", summary = "Save a quick-pick description",
            description = "Saves a description for this category. Saving a text the category already has (compared "
                    + "case-insensitively after trimming) changes nothing and answers 200 with the saved one.")
    @APIResponse(responseCode = "201", description = "Saved",
            headers = @Header(name = "Location", description = HeaderDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuickPickDescription.class)))
    @APIResponse(responseCode = "200", description = "Already saved: the existing description",
            headers = @Header(name = "Location", description = HeaderDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuickPickDescription.class)))
    @APIResponse(responseCode = "404", description = "No such category of the user (CATEGORY_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "Invalid text or Idempotency-Key header (VALIDATION_FAILED naming it), "
            + "or an Idempotency-Key already used for another request (IDEMPOTENCY_KEY_REUSED)")
    public RestResponse<QuickPickDescription> saveDescription(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") SaveDescriptionRequest request,
            @Parameter(description = HeaderDocs.IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID userId = currentUser.id();
        UUID categoryId = parseId(id);
        return idempotency.create(userId, idempotencyKey, request, QuickPickDescription.class, () -> {
            CategoryDescriptionService.Saved saved = descriptions.save(userId, categoryId, request);
            URI location = URI.create(BASE + categoryId + "/descriptions/" + saved.description().id());
            RestResponse.ResponseBuilder<QuickPickDescription> builder = saved.created()
                    ? RestResponse.ResponseBuilder.created(location)
                    : RestResponse.ResponseBuilder.<QuickPickDescription>ok().location(location);
            return builder.entity(saved.description()).build();
        });
    }

    @DELETE
    @Path("/{id}/descriptions/{description_id}")
    @Operation(operationId = "deleteCategoryDescription", summary = "Delete a saved quick-pick description")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such category of the user (CATEGORY_NOT_FOUND), or no such saved "
            + "description in it (DESCRIPTION_NOT_FOUND)")
    public RestResponse<Void> deleteDescription(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Parameter(description = "Id of a saved description of this category") @PathParam("description_id")
            String descriptionId) {
        UUID categoryId = parseId(id);
        UUID description;
        try {
            description = UUID.fromString(descriptionId);
        } catch (IllegalArgumentException e) {
            throw CategoryDescriptionService.notFound();
        }
        descriptions.delete(currentUser.id(), categoryId, description);
        return RestResponse.noContent();
    }

    private static RestResponse<CategoryResponse> created(CategoryResponse category) {
        return RestResponse.ResponseBuilder.<CategoryResponse>created(URI.create(BASE + category.id())).entity(category)
                .header("ETag", ETags.of(category.version())).build();
    }

    private static RestResponse<CategoryResponse> ok(CategoryResponse category) {
        return RestResponse.ResponseBuilder.ok(category).header("ETag", ETags.of(category.version())).build();
    }

    /** A malformed id names no category: 404 like an unknown one, never a 400 or 500. */
    private static UUID parseId(String id) {
        return PathIds.parse(id, CategoryService::notFound);
    }
}
