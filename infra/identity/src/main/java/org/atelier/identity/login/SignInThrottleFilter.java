package org.atelier.identity.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.atelier.identity.user.Username;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a blocked sign-in before the password is even checked, and hands it to the page that explains the wait
 * ({@code 429 Too Many Requests} with {@code Retry-After}). A username with control characters is refused here
 * too, with a message of its own: no username has one, and they would otherwise be a way to look like a
 * different name to one part of the system and the same to another. It counts as a failure of the address.
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

    /** Request attribute carrying the wait, as a {@link Duration}, to the page. */
    static final String RETRY_AFTER = SignInThrottleFilter.class.getName() + ".retryAfter";
    static final String THROTTLED_PAGE = "/login/throttled";
    static final String MALFORMED_USERNAME_PAGE = "/login?malformed";

    private final SignInThrottle throttle;

    public SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        Optional<Duration> wait = throttle.retryAfter(username, request.getRemoteAddr());
        if (wait.isEmpty() && Username.hasControlCharacters(username)) {
            throttle.failed(username, request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + MALFORMED_USERNAME_PAGE);
            return;
        }
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(RETRY_AFTER, wait.get());
        request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
    }
}
