package dev.coffer.account;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.web.SortParser;
import io.quarkus.panache.common.Sort;

/** The filter and sort query parameters of the account list; each malformed one is a 422 naming it. */
public class AccountQueryParams {

    /** Query field -> the entity expression it orders by; names compare case-insensitively, as the index has them. */
    private static final Map<String, String> SORTABLE = Map.of("name", "lower(name)", "type", "type",
            "currency", "currency", "created_at", "createdAt");

    @QueryParam("type")
    @Parameter(description = "Only accounts of this type",
            schema = @Schema(enumeration = { "checking", "savings", "credit_card", "investment", "cash", "loan" }))
    public String type;

    @QueryParam("archived")
    @Parameter(description = "Only archived (true) or only active (false) accounts; both when absent",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String archived;

    @QueryParam("institution_id")
    @Parameter(description = "Only accounts at this institution", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String institutionId;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields, each optionally prefixed with - for descending: name, type,"
            + " currency, created_at. Default name (case-insensitively); ties are ordered by id.", example = "type,name")
    public String sort;

    /** The WHERE conditions after {@code userId = :user} and their parameters. */
    record Filter(String conditions, Map<String, Object> parameters) {
    }

    Filter filter() {
        StringBuilder conditions = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (type != null) {
            AccountType kind = AccountType.fromWire(type)
                    .orElseThrow(() -> ApiException.invalidField("type", "must be one of " + AccountType.WIRE_NAMES));
            conditions.append(" and type = :type");
            parameters.put("type", kind.wire());
        }
        if (archived != null) {
            if (!archived.equals("true") && !archived.equals("false")) {
                throw ApiException.invalidField("archived", "must be true or false");
            }
            conditions.append(" and archived = :archived");
            parameters.put("archived", Boolean.parseBoolean(archived));
        }
        if (institutionId != null) {
            try {
                parameters.put("institution", UUID.fromString(institutionId));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("institution_id", "must be a UUID");
            }
            conditions.append(" and institutionId = :institution");
        }
        return new Filter(conditions.toString(), parameters);
    }

    /** The ORDER BY list; the id follows the direction of the last requested field, so pages never overlap. */
    String orderBy() {
        Sort order = SortParser.parse(sort, SORTABLE, Sort.ascending(SORTABLE.get("name")));
        String fields = order.getColumns().stream().map(column -> column.getName() + direction(column))
                .collect(Collectors.joining(", "));
        return fields + ", id" + direction(order.getColumns().getLast());
    }

    private static String direction(Sort.Column column) {
        return column.getDirection() == Sort.Direction.Descending ? " desc" : " asc";
    }
}
