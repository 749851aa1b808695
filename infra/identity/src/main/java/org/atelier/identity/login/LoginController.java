package org.atelier.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page and the page that asks a throttled user to wait. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Reached only by the throttle's forward, for whatever method the sign-in used. */
    @RequestMapping(SignInThrottleFilter.THROTTLED_PAGE)
    String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(SignInThrottleFilter.RETRY_AFTER) instanceof Duration wait)) {
            return "redirect:/login";
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        model.addAttribute("seconds", seconds);
        return "login-throttled";
    }
}
