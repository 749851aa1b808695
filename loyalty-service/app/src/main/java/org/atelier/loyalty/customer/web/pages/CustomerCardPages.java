package org.atelier.loyalty.customer.web.pages;

import org.atelier.loyalty.site.Page;
import org.atelier.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The customer card with its timeline; its forms post to {@link CustomerRelationshipPages} and {@link CustomerLoyaltyPages}. */
@Controller
@Page
class CustomerCardPages {

    private final CustomerCard card;

    CustomerCardPages(CustomerCard card) {
        this.card = card;
    }

    @GetMapping("/customers/{id}")
    String card(CurrentUser user, @PathVariable String id, Model model) {
        return card.show(user, id, model);
    }
}
