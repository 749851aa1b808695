package org.atelier.loyalty.customer.web;

import java.util.List;

/**
 * @param total    how many customers match, on every page
 * @param lastPage the last page there is (zero-based), 0 when none match
 * @param sort     the order used, as {@code sort} reads it ({@code name}, {@code -lastPurchase} …)
 */
record CustomerPageResponse(List<CustomerResponse> items, int page, int size, long total, int lastPage, String sort) {
}
