package org.atelier.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.atelier.web.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401, 403 and 413 from the security filters, written as problem+json like every other API error. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(request, response, HttpStatus.UNAUTHORIZED, "A valid bearer token from the identity provider is required");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> {
            if (exception instanceof AuthorizationDeniedException denied && denied.getAuthorizationResult() instanceof MachineScopes.MissingScope missing) {
                write(request, response, HttpStatus.FORBIDDEN, "This machine token lacks the scope " + missing.scope()
                        + "; ask the identity provider for it (scope=" + MachineScopes.READ + " " + MachineScopes.WRITE + ")");
                return;
            }
            write(request, response, HttpStatus.FORBIDDEN, "Your role or department does not allow this");
        };
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        Problems.write(ProblemDetail.forStatusAndDetail(status, detail), request, response);
    }
}
