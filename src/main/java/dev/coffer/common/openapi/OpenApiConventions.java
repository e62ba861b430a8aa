package dev.coffer.common.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import dev.coffer.common.error.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What every operation of the API shares, added to the OpenAPI document once instead of on each
 * resource method: the {@code X-Request-Id} header of every answer, the problem+json answers the HTTP
 * edge, security and JSON layers give before a resource runs (400 malformed JSON, 401, 403, 413, 415),
 * the 500 and 503 any request can meet, and the {@code required} lists of response bodies. Answers
 * an operation declares itself are left as they are, except that an error answer declared without
 * content gets the {@code Problem} content: resources declare only their own statuses and descriptions.
 *
 * <p>It runs while the application is built, so the served document is complete at build time and
 * no filter adds work to the start-up.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    static final String REQUEST_ID = "X-Request-Id";
    private static final String JSON = "application/json";
    private static final String SCHEMAS = "#/components/schemas/";

    /** Answers shared by many operations, by status, and the component name each is declared under. */
    private record Shared(String status, String name, String description, boolean bearerChallenge) {
    }

    private static final Shared MALFORMED_JSON = new Shared("400", "MalformedJson",
            "The body is not valid JSON (MALFORMED_JSON)", false);
    private static final Shared UNAUTHORIZED = new Shared("401", "Unauthorized",
            "The access token is missing, invalid or expired (UNAUTHORIZED)", true);
    private static final Shared FORBIDDEN = new Shared("403", "Forbidden",
            "The account is disabled (ACCOUNT_DISABLED) or lacks the role the operation needs (FORBIDDEN)", false);
    private static final Shared PAYLOAD_TOO_LARGE = new Shared("413", "PayloadTooLarge",
            "The body is larger than the limit, 1 MiB by default (PAYLOAD_TOO_LARGE)", false);
    private static final Shared UNSUPPORTED_MEDIA_TYPE = new Shared("415", "UnsupportedMediaType",
            "The body is not sent as application/json (UNSUPPORTED_MEDIA_TYPE)", false);
    private static final Shared INTERNAL_ERROR = new Shared("500", "InternalError",
            "An unexpected failure; the request id identifies it in the logs (INTERNAL_ERROR)", false);
    private static final Shared SERVICE_UNAVAILABLE = new Shared("503", "ServiceUnavailable",
            "The database is not reachable (DATABASE_UNAVAILABLE), or the request collided with a concurrent change of "
                    + "the same data and was not applied (CONCURRENT_UPDATE); retry shortly", false);

    private static final List<Shared> ALL_SHARED = List.of(MALFORMED_JSON, UNAUTHORIZED, FORBIDDEN, PAYLOAD_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE, INTERNAL_ERROR, SERVICE_UNAVAILABLE);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addHeader(REQUEST_ID, OASFactory.createHeader()
                .description("The request id: the client's own when it sent a safe one (1-128 of A-Z a-z 0-9 . _ : -), "
                        + "else a generated UUID. Log lines and problem bodies carry it too")
                .required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(128)));

        Set<String> usedShared = new HashSet<>();
        List<Schema> requestSchemas = new ArrayList<>();
        List<Schema> responseSchemas = new ArrayList<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.setResponses(responses);
                }
                Consumer<Shared> share = shared -> {
                    if (!operation.getResponses().hasAPIResponse(shared.status())) {
                        operation.getResponses().addAPIResponse(shared.status(),
                                OASFactory.createAPIResponse().ref(shared.name()));
                        usedShared.add(shared.name());
                    }
                };
                if (hasJsonBody(operation)) {
                    share.accept(MALFORMED_JSON);
                    share.accept(PAYLOAD_TOO_LARGE);
                    share.accept(UNSUPPORTED_MEDIA_TYPE);
                    collectJsonSchemas(operation.getRequestBody().getContent(), requestSchemas);
                }
                if (isSecured(operation)) {
                    share.accept(UNAUTHORIZED);
                    share.accept(FORBIDDEN);
                }
                share.accept(INTERNAL_ERROR);
                share.accept(SERVICE_UNAVAILABLE);

                for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
                    APIResponse response = answer.getValue();
                    if (response.getRef() != null) {
                        continue;
                    }
                    addRequestIdHeader(response);
                    if (isError(answer.getKey()) && (response.getContent() == null
                            || response.getContent().getMediaTypes() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                        response.setContent(problemContent());
                    }
                    collectJsonSchemas(response.getContent(), responseSchemas);
                }
            }
        });
        for (Shared shared : ALL_SHARED) {
            if (usedShared.contains(shared.name())) {
                APIResponse response = OASFactory.createAPIResponse().description(shared.description())
                        .content(problemContent());
                if (shared.bearerChallenge()) {
                    response.addHeader("WWW-Authenticate", OASFactory.createHeader().description("`Bearer`")
                            .required(true).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
                }
                addRequestIdHeader(response);
                components.addResponse(shared.name(), response);
            }
        }
        markResponsePropertiesRequired(components, requestSchemas, responseSchemas);
        admitNullWhereAnyOfDoes(components);
    }

    /**
     * A nullable property whose type is another schema (an object) comes out as {@code type: object} beside
     * {@code anyOf: [{$ref}, {type: null}]}, and that type alone refuses the null the anyOf allows; such a
     * property's type admits null too.
     */
    private static void admitNullWhereAnyOfDoes(Components components) {
        Map<String, Schema> named = components.getSchemas() == null ? Map.of() : components.getSchemas();
        for (Schema schema : reachable(new ArrayList<>(named.values()), named)) {
            List<Schema.SchemaType> types = schema.getType();
            if (types == null || types.isEmpty() || types.contains(Schema.SchemaType.NULL) || schema.getAnyOf() == null) {
                continue;
            }
            if (schema.getAnyOf().stream().anyMatch(option -> List.of(Schema.SchemaType.NULL).equals(option.getType()))) {
                schema.addType(Schema.SchemaType.NULL);
            }
        }
    }

    /**
     * Jackson writes every property of a response, null or not ({@code quarkus.jackson.serialization-inclusion=always}),
     * so each one is required; those that may be null say so with {@code @Schema(nullable = true)}. Schemas that
     * requests use too keep their own list, since a request may leave fields out.
     */
    private static void markResponsePropertiesRequired(Components components, List<Schema> requestSchemas,
            List<Schema> responseSchemas) {
        Map<String, Schema> named = components.getSchemas() == null ? Map.of() : components.getSchemas();
        Set<Schema> inRequests = reachable(requestSchemas, named);
        for (Schema schema : reachable(responseSchemas, named)) {
            if (!inRequests.contains(schema) && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    /** Every schema reachable from the given ones, following component references and nested schemas. */
    private static Set<Schema> reachable(List<Schema> roots, Map<String, Schema> named) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Schema> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                pending.add(named.get(schema.getRef().substring(SCHEMAS.length())));
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            pending.add(schema.getAdditionalPropertiesSchema());
            for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (composed != null) {
                    pending.addAll(composed);
                }
            }
        }
        return seen;
    }

    private static void collectJsonSchemas(Content content, List<Schema> into) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        MediaType json = content.getMediaTypes().get(JSON);
        if (json != null && json.getSchema() != null) {
            into.add(json.getSchema());
        }
    }

    private static boolean hasJsonBody(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null
                && operation.getRequestBody().getContent().getMediaTypes().containsKey(JSON);
    }

    /** An operation with a requirement naming a scheme; {@code security: []} marks a public one. */
    private static boolean isSecured(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static void addRequestIdHeader(APIResponse response) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(REQUEST_ID)) {
            response.addHeader(REQUEST_ID, OASFactory.createHeader().ref(REQUEST_ID));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }
}
