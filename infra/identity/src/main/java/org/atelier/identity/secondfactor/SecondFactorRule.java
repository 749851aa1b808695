package org.atelier.identity.secondfactor;

import java.util.Set;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;

/**
 * Who must show a second factor, and when. A person with a factor shows it at every sign-in; a person with one
 * of the {@code requiredRoles} and none enrols one before anything else; a client asking for the second-factor
 * level ({@code acr_values}) gets it, an enrolment first if need be. The {@code optionalFor} people (the local
 * system's demo users) may go without one despite their roles, and are reminded that elsewhere they could not.
 */
public final class SecondFactorRule {

    /** What a session must do before it goes on. */
    public enum Demand { NONE, CODE, ENROL }

    private final Set<Role> requiredRoles;
    private final Set<Username> optionalFor;

    public SecondFactorRule(Set<Role> requiredRoles, Set<Username> optionalFor) {
        this.requiredRoles = Set.copyOf(requiredRoles);
        this.optionalFor = Set.copyOf(optionalFor);
    }

    /**
     * @param enrolled        whether the person has a factor now
     * @param sessionShowedIt whether this session's sign-in included the factor
     * @param levelRequested  whether the request asks for the second-factor level
     */
    public Demand demand(Username person, Set<Role> roles, boolean enrolled, boolean sessionShowedIt, boolean levelRequested) {
        if (!enrolled && (levelRequested || isRequired(person, roles))) {
            return Demand.ENROL;
        }
        if (enrolled && !sessionShowedIt) {
            return Demand.CODE;
        }
        return Demand.NONE;
    }

    /** Whether the person's roles call for a factor, the optional people aside. */
    public boolean isRequired(Username person, Set<Role> roles) {
        return !optionalFor.contains(person) && requiresByRole(roles);
    }

    /** Whether the roles alone call for a factor: for the reminder to the people it is optional for. */
    public boolean requiresByRole(Set<Role> roles) {
        return roles.stream().anyMatch(requiredRoles::contains);
    }

    /** Whether a session that showed the factor still needs to know whether one is enrolled. */
    public boolean mayNeedEnrolment(Username person, Set<Role> roles, boolean levelRequested) {
        return levelRequested || isRequired(person, roles);
    }
}
