package org.atelier.loyalty.customer.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.atelier.loyalty.customer.CustomerNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A customer asked for on a page that does not exist: the not-found page, where the API answers a problem. */
@ControllerAdvice(assignableTypes = {CustomerCardPages.class, CustomerRelationshipPages.class, CustomerLoyaltyPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerNotFoundPage {

    @ExceptionHandler(CustomerNotFound.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return "customers/not-found";
    }
}
