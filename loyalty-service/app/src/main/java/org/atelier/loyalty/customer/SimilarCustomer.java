package org.atelier.loyalty.customer;

/** An existing customer a new one may duplicate: what a person needs to tell them apart. */
public record SimilarCustomer(String customerId, String name, String taxId, CustomerStatus status) {

    public static SimilarCustomer of(Customer customer) {
        return new SimilarCustomer(customer.id().toString(), customer.name(),
                customer.profile().taxId() == null ? null : customer.profile().taxId().value(), customer.status());
    }
}
