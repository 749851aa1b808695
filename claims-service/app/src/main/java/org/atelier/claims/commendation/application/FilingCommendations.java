package org.atelier.claims.commendation.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.atelier.claims.commendation.Commendation;
import org.atelier.claims.commendation.CommendationPermissions;
import org.atelier.claims.commendation.Commendations;
import org.atelier.claims.common.Departments;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.NotFound;
import org.atelier.security.CurrentUser;

/** A department head petitions for another department to be rewarded, or withdraws the petition. */
public class FilingCommendations {

    public record FileCommand(CurrentUser caller, String petitioningDepartment, String commendedDepartment, String help, String currency,
                              long proposedRewardMinor, String recognition) {
    }

    private final Commendations commendations;
    private final Departments departments;
    private final Clock clock;

    public FilingCommendations(Commendations commendations, Departments departments, Clock clock) {
        this.commendations = commendations;
        this.departments = departments;
        this.clock = clock;
    }

    public Commendation file(FileCommand command) {
        String petitioner = command.petitioningDepartment() != null ? command.petitioningDepartment() : command.caller().department();
        CommendationPermissions.checkMayFile(command.caller(), petitioner);
        departments.requireInForce("petitioningDepartment", petitioner);
        departments.requireInForce("commendedDepartment", command.commendedDepartment());
        Commendation commendation = Commendation.file(UUID.randomUUID().toString(), new Commendation.Petition(petitioner,
                command.commendedDepartment(), command.help(), Money.of(command.proposedRewardMinor(), command.currency()), command.recognition()),
                command.caller().username(), clock.instant());
        commendations.save(commendation);
        return commendation;
    }

    public Commendation withdraw(CurrentUser caller, String id) {
        Commendation commendation = find(caller, id);
        CommendationPermissions.checkMayWithdraw(caller, commendation);
        commendation.withdraw(caller.username(), clock.instant());
        commendations.save(commendation);
        return commendation;
    }

    public Commendation find(CurrentUser caller, String id) {
        if (!CommendationPermissions.maySee(caller)) {
            throw new NotFound("commendation", id);
        }
        return commendations.find(id).orElseThrow(() -> new NotFound("commendation", id));
    }

    public List<Commendation> all(CurrentUser caller) {
        return CommendationPermissions.maySee(caller) ? commendations.all() : List.of();
    }
}
