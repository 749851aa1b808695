package org.atelier.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the limit with 413 before anything reads them. Bodies sent without a
 * length (chunked) are refused too on the API, where every client knows its body's size.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > maxBytes || (chunked && request.getRequestURI().startsWith("/api/"))) {
            ProblemResponses.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is larger than " + maxBytes + " bytes, or has no declared length");
            return;
        }
        chain.doFilter(request, response);
    }
}
