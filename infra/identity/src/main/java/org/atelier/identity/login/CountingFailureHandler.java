package org.atelier.identity.login;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Counts a failed sign-in against the username and the client address, then shows the login page again. The
 * page says the same for every failure (unknown user, wrong password, deactivated account), so it tells a
 * guesser nothing about which usernames exist.
 */
public class CountingFailureHandler implements AuthenticationFailureHandler {

    private final SignInThrottle throttle;
    private final AuthenticationFailureHandler loginPageAgain = new SimpleUrlAuthenticationFailureHandler("/login?error");

    public CountingFailureHandler(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        throttle.failed(request.getParameter("username"), request.getRemoteAddr());
        loginPageAgain.onAuthenticationFailure(request, response, exception);
    }
}
