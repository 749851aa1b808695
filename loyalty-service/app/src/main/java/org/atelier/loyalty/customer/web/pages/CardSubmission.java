package org.atelier.loyalty.customer.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.atelier.security.CurrentUser;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One form sent from a customer's card, with what is needed to answer it either way. */
record CardSubmission(CurrentUser user, String customerId, String form, Model model, RedirectAttributes redirect,
                      HttpServletRequest request, HttpServletResponse response) {
}
