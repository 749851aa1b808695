package org.atelier.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects within the provider by path and query only. A saved request's URL is built from the request's
 * {@code Host} header, which the caller chooses; the browser resolves a path against the host it really talked to.
 */
public final class PathOnlyRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        URI target = URI.create(url);
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        String pathAndQuery = target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
        response.sendRedirect(response.encodeRedirectURL(target.isAbsolute() ? pathAndQuery : url));
    }
}
