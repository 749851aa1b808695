package org.atelier.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Gives every rendered page a fresh one-time token as the model attribute {@code formToken} (see
 * {@link IdempotencyProperties#formTokenField()}), for its forms to send back in a hidden field:
 * {@code <input type="hidden" name="formToken" th:value="${formToken}">}. Each rendering has its own, so a form
 * shown again after a refusal is a new submission, while a double click sends the same token twice.
 * Redirects get none: it would end up in their URL.
 */
class FormTokens implements HandlerInterceptor {

    private final String attribute;

    FormTokens(String attribute) {
        this.attribute = attribute;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || view.getView() instanceof RedirectView) {
            return;
        }
        String name = view.getViewName();
        if (name != null && (name.startsWith("redirect:") || name.startsWith("forward:"))) {
            return;
        }
        view.addObject(attribute, UUID.randomUUID().toString());
    }
}
