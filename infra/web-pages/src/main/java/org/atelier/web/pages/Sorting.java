package org.atelier.web.pages;

import java.util.Set;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The column a table is sorted by ({@code ?sort=name&dir=desc}), for the kit's {@code sortable} header fragment. A
 * column the table does not offer falls back to the default, so a hand-typed address never breaks the page.
 */
public record Sorting(String column, boolean ascending) {

    public static final String COLUMN = "sort";
    public static final String DIRECTION = "dir";

    public static Sorting of(String column, String direction, Set<String> offered, String byDefault) {
        String chosen = column != null && offered.contains(column) ? column : byDefault;
        return new Sorting(chosen, !"desc".equals(direction));
    }

    public boolean by(String name) {
        return column.equals(name);
    }

    /** {@code ascending}, {@code descending}, or null for a column the table is not sorted by. */
    public String ariaSort(String name) {
        return by(name) ? (ascending ? "ascending" : "descending") : null;
    }

    /** Sorted by this column: the other way round when it already is, else ascending; back to the first page. */
    public String url(String name) {
        boolean nextAscending = !by(name) || !ascending;
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(COLUMN, name)
                .replaceQueryParam(DIRECTION, nextAscending ? "asc" : "desc").replaceQueryParam(Paging.PARAMETER)
                .replaceQueryParam("lang").build().toUriString().replaceFirst("^[a-z]+://[^/]+", "");
    }
}
