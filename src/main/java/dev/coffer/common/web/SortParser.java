package dev.coffer.common.web;

import java.util.Map;

import dev.coffer.common.error.ApiException;
import io.quarkus.panache.common.Sort;

/**
 * Parses {@code sort=field,-other} into a Panache {@link Sort}, accepting only the documented
 * fields (mapped to their entity attributes); anything else is a 422.
 */
public final class SortParser {

    private SortParser() {
    }

    public static Sort parse(String sort, Map<String, String> allowed, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        Sort result = null;
        for (String part : sort.split(",")) {
            String token = part.trim();
            boolean descending = token.startsWith("-");
            String field = descending ? token.substring(1) : token;
            String attribute = allowed.get(field);
            if (attribute == null) {
                throw ApiException.invalidField("sort", "cannot sort by '" + field + "'; allowed: "
                        + String.join(", ", allowed.keySet().stream().sorted().toList()));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(attribute, direction) : result.and(attribute, direction);
        }
        return result;
    }
}
