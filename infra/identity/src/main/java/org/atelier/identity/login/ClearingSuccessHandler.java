package org.atelier.identity.login;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Clears the username's failed sign-ins, then continues where the user was going: usually the authorization
 * request of the UI that sent them here.
 */
public class ClearingSuccessHandler implements AuthenticationSuccessHandler {

    private final SignInThrottle throttle;
    private final AuthenticationSuccessHandler continueToSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

    public ClearingSuccessHandler(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        throttle.succeeded(authentication.getName());
        continueToSavedRequest.onAuthenticationSuccess(request, response, authentication);
    }
}
