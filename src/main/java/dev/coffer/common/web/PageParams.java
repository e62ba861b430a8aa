package dev.coffer.common.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} (1-based) and {@code size} query parameters every list endpoint takes. */
public class PageParams {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @Parameter(description = "1-based page number")
    @DefaultValue("1")
    @Min(value = 1, message = "must be 1 or more")
    @Max(value = 1_000_000, message = "must be at most 1000000")
    public int page;

    @QueryParam("size")
    @Parameter(description = "Items per page")
    @DefaultValue("50")
    @Min(value = 1, message = "must be 1 or more")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    public int size;

    public PageParams() {
    }

    public PageParams(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** Zero-based page index, as Panache counts. */
    public int index() {
        return page - 1;
    }
}
