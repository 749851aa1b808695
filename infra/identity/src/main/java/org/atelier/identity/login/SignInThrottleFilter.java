package org.atelier.identity.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a blocked sign-in before the password is even checked, and hands it to the page that explains the wait
 * ({@code 429 Too Many Requests} with {@code Retry-After}).
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

    /** Request attribute carrying the wait, as a {@link Duration}, to the page. */
    static final String RETRY_AFTER = SignInThrottleFilter.class.getName() + ".retryAfter";
    static final String THROTTLED_PAGE = "/login/throttled";

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
        Optional<Duration> wait = throttle.retryAfter(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(RETRY_AFTER, wait.get());
        request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
    }
}
