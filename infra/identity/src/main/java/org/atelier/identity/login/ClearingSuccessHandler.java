package org.atelier.identity.login;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Clears the username's failed sign-ins, then continues where the user was going: usually the authorization
 * request of the UI that sent them here; but someone who signed in with a temporary password goes to the
 * change-password page first ({@link PasswordChangeRequired}), and from there on to that request.
 */
public class ClearingSuccessHandler implements AuthenticationSuccessHandler {

    private final SignInThrottle throttle;
    private final Users users;
    private final SavedRequestAwareAuthenticationSuccessHandler continueToSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

    public ClearingSuccessHandler(SignInThrottle throttle, Users users) {
        this.throttle = throttle;
        this.users = users;
        continueToSavedRequest.setRedirectStrategy(new PathOnlyRedirects());
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        throttle.succeeded(authentication.getName());
        if (users.find(Username.of(authentication.getName())).filter(User::hasTemporaryPassword).isPresent()) {
            PasswordChangeRequired.require(request);
            response.sendRedirect(request.getContextPath() + PasswordChangeRequired.CHANGE_PAGE);
            return;
        }
        continueToSavedRequest.onAuthenticationSuccess(request, response, authentication);
    }
}
