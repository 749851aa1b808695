package org.atelier.identity.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.atelier.identity.client.ClientProperties;
import org.atelier.identity.department.application.FindingDepartments;
import org.atelier.identity.secondfactor.SecondFactorRule;
import org.atelier.identity.secondfactor.application.CheckingSecondFactor;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.FindingUsers;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page a signed-in user lands on: the UIs they may open, their account, and for admins the admin pages. */
@Controller
class PortalController {

    /** One UI on the portal, with the pages of it the person may open directly. */
    record PortalApp(String title, String description, String url, List<PortalLink> links) {
    }

    record PortalLink(String title, String url) {
    }

    private final FindingUsers users;
    private final FindingDepartments departments;
    private final ClientProperties clients;
    private final MessageSource messages;
    private final SecondFactorRule secondFactorRule;
    private final CheckingSecondFactor secondFactors;

    PortalController(FindingUsers users, FindingDepartments departments, ClientProperties clients, MessageSource messages,
                     SecondFactorRule secondFactorRule, CheckingSecondFactor secondFactors) {
        this.users = users;
        this.departments = departments;
        this.clients = clients;
        this.messages = messages;
        this.secondFactorRule = secondFactorRule;
        this.secondFactors = secondFactors;
    }

    @GetMapping("/")
    String portal(Authentication authentication, Model model, Locale locale) {
        User user = users.get(Username.of(authentication.getName()));
        model.addAttribute("user", user);
        model.addAttribute("departmentName", departments.find(user.department()).map(d -> d.name(locale))
                .orElse(user.department().value()));
        model.addAttribute("apps", visibleApps(user, locale));
        // From the session, not the store: the admin pages check the session's roles too.
        model.addAttribute("isAdmin", authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Role.ADMIN.name()).equals(authority.getAuthority())));
        // The local demo users may skip the second factor their roles require elsewhere: they are told so.
        model.addAttribute("secondFactorOptional", secondFactorRule.requiresByRole(user.roles())
                && !secondFactorRule.isRequired(user.username(), user.roles()) && !secondFactors.isEnrolled(user.username()));
        return "portal";
    }

    private List<PortalApp> visibleApps(User user, Locale locale) {
        return clients.ui().entrySet().stream()
                .filter(app -> app.getValue().isVisibleTo(user.roles()))
                .map(app -> toPortalApp(app, user, locale))
                .toList();
    }

    private PortalApp toPortalApp(Map.Entry<String, ClientProperties.UiClient> app, User user, Locale locale) {
        String id = app.getKey();
        List<PortalLink> links = app.getValue().shortcutsFor(user.roles()).stream()
                .map(shortcut -> new PortalLink(messages.getMessage("shortcut." + shortcut.key(), null, shortcut.key(), locale),
                        app.getValue().baseUrl() + shortcut.path()))
                .toList();
        return new PortalApp(messages.getMessage("app." + id + ".title", null, id, locale),
                messages.getMessage("app." + id + ".description", null, "", locale),
                app.getValue().homeUrl(), links);
    }
}
