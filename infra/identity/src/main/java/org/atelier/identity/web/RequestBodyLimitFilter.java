package org.atelier.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the limit with {@code 413 Content Too Large}. Nothing the provider accepts
 * (sign-in, admin forms, token requests) comes near it, so a larger body is a mistake or an attack.
 *
 * <p>A body with a declared length is refused unread. A form sent without one (chunked) can only be measured by
 * reading it: Tomcat stops at the same limit ({@code server.tomcat.max-http-form-post-size}) and reports it as
 * an {@link InvalidParameterException}, which would otherwise surface as a 500 from whichever filter first
 * asked for a parameter.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limitBytes;

    public RequestBodyLimitFilter(DataSize limit) {
        this.limitBytes = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limitBytes) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        if (request.getContentLengthLong() < 0 && isForm(request)) {
            try {
                request.getParameterMap();
            } catch (InvalidParameterException unreadable) {
                response.sendError(unreadable.getErrorCode() > 0 ? unreadable.getErrorCode() : HttpStatus.BAD_REQUEST.value());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isForm(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }
}
