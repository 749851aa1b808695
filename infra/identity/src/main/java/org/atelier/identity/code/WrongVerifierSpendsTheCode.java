package org.atelier.identity.code;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.util.StringUtils;

/**
 * A token request whose PKCE {@code code_verifier} does not match (or is missing) spends its authorization code:
 * whoever sent it holds a code that is not theirs, or the client is broken, and either way the code must not be
 * tried again with another guess or redeemed afterwards by anyone. Spring Authorization Server refuses such a
 * request during client authentication but leaves the code valid; it spends a code only when another client
 * presents it. The answers stay those of Spring Authorization Server's own handler.
 */
public final class WrongVerifierSpendsTheCode implements AuthenticationFailureHandler {

    private static final OAuth2TokenType CODE = new OAuth2TokenType(OAuth2ParameterNames.CODE);

    private final Supplier<OAuth2AuthorizationService> authorizations;
    private final OAuth2ErrorHttpMessageConverter errors = new OAuth2ErrorHttpMessageConverter();

    /** A supplier, because the authorization service is settled only once the filter chain is built. */
    public WrongVerifierSpendsTheCode(Supplier<OAuth2AuthorizationService> authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (isRefusedCodeGrant(request, exception)) {
            spend(request.getParameter(OAuth2ParameterNames.CODE));
        }
        answer(response, exception);
    }

    /** What Spring Authorization Server's client authentication answers: 401 for {@code invalid_client}, else 400, the code only. */
    private void answer(HttpServletResponse response, AuthenticationException exception) throws IOException {
        SecurityContextHolder.clearContext();
        String code = exception instanceof OAuth2AuthenticationException refused
                ? refused.getError().getErrorCode() : OAuth2ErrorCodes.INVALID_CLIENT;
        ServletServerHttpResponse answer = new ServletServerHttpResponse(response);
        answer.setStatusCode(OAuth2ErrorCodes.INVALID_CLIENT.equals(code) ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST);
        errors.write(new OAuth2Error(code), null, answer);
    }

    /** During client authentication, {@code invalid_grant} comes from the PKCE check only; a wrong secret is {@code invalid_client}. */
    private static boolean isRefusedCodeGrant(HttpServletRequest request, AuthenticationException exception) {
        return exception instanceof OAuth2AuthenticationException refused
                && OAuth2ErrorCodes.INVALID_GRANT.equals(refused.getError().getErrorCode())
                && AuthorizationGrantType.AUTHORIZATION_CODE.getValue().equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
                && StringUtils.hasText(request.getParameter(OAuth2ParameterNames.CODE));
    }

    private void spend(String code) {
        OAuth2AuthorizationService service = authorizations.get();
        OAuth2Authorization authorization = service.findByToken(code, CODE);
        if (authorization == null) {
            return;
        }
        OAuth2Authorization.Token<OAuth2AuthorizationCode> issued = authorization.getToken(OAuth2AuthorizationCode.class);
        if (issued != null && !issued.isInvalidated()) {
            service.save(OAuth2Authorization.from(authorization).invalidate(issued.getToken()).build());
        }
    }
}
