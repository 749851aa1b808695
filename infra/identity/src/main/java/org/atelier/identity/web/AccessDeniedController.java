package org.atelier.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page Spring Security forwards to, with status 403, when a signed-in user opens a page not meant for them. */
@Controller
class AccessDeniedController {

    @RequestMapping("/access-denied")
    String accessDenied() {
        return "error/access-denied";
    }
}
