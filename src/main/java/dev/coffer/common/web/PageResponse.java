package dev.coffer.common.web;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** The envelope of every paged list: {@code {items, total, page, size, pages}}. */
public record PageResponse<T>(List<T> items, long total, int page, int size, int pages) {

    public static <E, T> PageResponse<T> of(PanacheQuery<E> query, PageParams params, Function<E, T> mapper) {
        long total = query.count();
        List<T> items = query.page(params.index(), params.size).list().stream().map(mapper).toList();
        return new PageResponse<>(items, total, params.page, params.size, pages(total, params.size));
    }

    public static <T> PageResponse<T> of(List<T> items, long total, PageParams params) {
        return new PageResponse<>(items, total, params.page, params.size, pages(total, params.size));
    }

    static int pages(long total, int size) {
        return (int) ((total + size - 1) / size);
    }
}
