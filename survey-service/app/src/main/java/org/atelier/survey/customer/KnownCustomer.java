package org.atelier.survey.customer;

/**
 * What survey knows of a customer, replicated from loyalty's events: enough to name it and to find who should
 * interview it when it leaves.
 *
 * @param significance   {@code KEY} or {@code REGULAR}
 * @param accountManager username of the responsible person, may be null
 * @param department     code of the department that manages the customer, may be null
 */
public record KnownCustomer(String customerId, String name, String significance, String accountManager, String department) {
}
