package org.atelier.web.pages;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a long list, for the kit's {@code pagination} and {@code total} fragments. Pages are numbered from 0
 * in the query ({@code ?page=}) and from 1 on the screen; a page past the end is not clamped silently but said so.
 *
 * @param page  the page asked for
 * @param size  how many rows a page holds
 * @param total how many rows there are in all
 */
public record Paging(int page, int size, long total) {

    public static final String PARAMETER = "page";

    public static Paging of(int page, int size, long total) {
        return new Paging(Math.max(0, page), size, total);
    }

    public int lastPage() {
        return (int) Math.max(0, (total - 1) / size);
    }

    /** A page past the last one, with rows to show on the others. */
    public boolean outOfRange() {
        return total > 0 && page > lastPage();
    }

    public boolean hasPrevious() {
        return page > 0 && !outOfRange();
    }

    public boolean hasNext() {
        return page < lastPage();
    }

    public boolean severalPages() {
        return lastPage() > 0 || outOfRange();
    }

    /** This list, filters and sorting kept, at another page. */
    public String url(int toPage) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(PARAMETER, toPage).replaceQueryParam("lang")
                .build().toUriString().replaceFirst("^[a-z]+://[^/]+", "");
    }
}
