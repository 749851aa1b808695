package org.atelier.identity.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person who signed in with a temporary password (one an admin set) must choose their own before anything
 * else: every request of their session, authorization requests included, is sent to the change-password page,
 * so no UI gets an authorization code, and so no token, issued on the strength of a password someone else knows.
 * Only that page, the second factor's, signing out and the style sheets stay open. The mark is set at sign-in and cleared by the change.
 */
public class PasswordChangeRequired extends OncePerRequestFilter {

    public static final String CHANGE_PAGE = "/account/password";
    private static final String MARK = PasswordChangeRequired.class.getName();
    /** The second factor's pages too: a person who must show or enrol one does that first (SecondFactorGate). */
    private static final List<String> OPEN = List.of(CHANGE_PAGE, "/logout", "/connect/logout", "/css/", "/error",
            "/login/code", "/account/second-factor", "/account/second-factor/");

    /** Marks the session of a person who has just signed in with a temporary password. */
    public static void require(HttpServletRequest request) {
        request.getSession().setAttribute(MARK, Boolean.TRUE);
    }

    /** Whether the person must change their password before anything else. */
    public static boolean isRequired(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(MARK) != null;
    }

    /** @return whether the session was marked, and so a change was what it was waiting for */
    public static boolean satisfied(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(MARK) == null) {
            return false;
        }
        session.removeAttribute(MARK);
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(MARK) != null && !isOpen(request.getServletPath())) {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isOpen(String path) {
        return OPEN.stream().anyMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
    }
}
