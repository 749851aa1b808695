package org.atelier.loyalty.customer;

import java.util.List;
import org.atelier.loyalty.common.RuleViolation;

/**
 * A customer is being registered under a name another customer already has (ignoring case and spaces). Two
 * companies may share a name, so this is a warning the person may override once they have looked at the matches;
 * without that, the registration is not made.
 *
 * <p>A rule violation against the field {@code name}, so a form shows it beside the name; the API answers 409 with
 * the matches.
 */
public class PossibleDuplicateName extends RuleViolation {

    private final transient List<SimilarCustomer> matches;

    public PossibleDuplicateName(String name, List<SimilarCustomer> matches) {
        super("name", "possibleDuplicateName", "{1} customer(s) already named ''{0}''; if this is another company, register it"
                + " again saying so", name, String.valueOf(matches.size()));
        this.matches = List.copyOf(matches);
    }

    public List<SimilarCustomer> matches() {
        return matches;
    }
}
