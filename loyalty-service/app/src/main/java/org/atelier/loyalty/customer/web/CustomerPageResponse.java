package org.atelier.loyalty.customer.web;

import java.util.List;

record CustomerPageResponse(List<CustomerResponse> items, int page, int size, long total) {
}
