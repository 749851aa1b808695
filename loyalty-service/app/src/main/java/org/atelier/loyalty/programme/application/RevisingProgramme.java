package org.atelier.loyalty.programme.application;

import java.time.Clock;
import java.util.List;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.programme.DiscountTier;
import org.atelier.loyalty.programme.LoyaltyProgramme;
import org.atelier.loyalty.programme.ProgrammePermissions;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.security.CurrentUser;

/** Reads the programme in force, and lets marketing revise it. */
public class RevisingProgramme {

    public record Tier(String name, long thresholdPoints, int discountPercent) {
    }

    public record Command(CurrentUser caller, String currency, int accrualPoints, long accrualStepMinorUnits, long pointValueMinorUnits,
                          int pointsExpireAfterMonths, int tierWindowMonths, List<Tier> tiers) {
    }

    private final Programmes programmes;
    private final Clock clock;

    public RevisingProgramme(Programmes programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    public LoyaltyProgramme current() {
        return programmes.current();
    }

    public LoyaltyProgramme revise(Command command) {
        ProgrammePermissions.checkMayRevise(command.caller());
        List<DiscountTier> tiers = command.tiers() == null ? List.of() : command.tiers().stream()
                .map(tier -> new DiscountTier(tier.name(), tier.thresholdPoints(), tier.discountPercent())).toList();
        ProgrammeTerms terms = new ProgrammeTerms(Money.currency(command.currency()), command.accrualPoints(),
                command.accrualStepMinorUnits(), command.pointValueMinorUnits(), command.pointsExpireAfterMonths(),
                command.tierWindowMonths(), tiers);
        LoyaltyProgramme programme = programmes.current();
        programme.revise(terms, command.caller().username(), clock.instant());
        programmes.save(programme);
        return programme;
    }
}
