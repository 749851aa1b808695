package org.atelier.loyalty.programme.application;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.programme.DiscountTier;
import org.atelier.loyalty.programme.LoyaltyProgramme;
import org.atelier.loyalty.programme.OutstandingPoints;
import org.atelier.loyalty.programme.ProgrammePermissions;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.security.CurrentUser;

/**
 * Reads the programme in force, and lets marketing revise it. The currency changes only while no customer holds
 * points to spend: a point is earned and valued in the programme's currency, and one earned as 1.00 RUB must not
 * become worth 1.00 EUR overnight. Marketing changes the currency once the points have been spent or have expired.
 */
public class RevisingProgramme {

    public record Tier(String name, long thresholdPoints, int discountPercent) {
    }

    public record Command(CurrentUser caller, String currency, int accrualPoints, long accrualStepMinorUnits, long pointValueMinorUnits,
                          int pointsExpireAfterMonths, int tierWindowMonths, List<Tier> tiers) {
    }

    private final Programmes programmes;
    private final OutstandingPoints outstanding;
    private final CompanyCalendar calendar;

    public RevisingProgramme(Programmes programmes, OutstandingPoints outstanding, CompanyCalendar calendar) {
        this.programmes = programmes;
        this.outstanding = outstanding;
        this.calendar = calendar;
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
        Currency inForce = programme.terms().currency();
        if (!terms.currency().equals(inForce) && outstanding.anySpendableOn(calendar.today())) {
            throw new RuleViolation("currency", "currencyWhilePointsOutstanding",
                    "The currency stays {0} while customers hold points to spend: they were earned and are valued in {0}",
                    inForce.getCurrencyCode());
        }
        programme.revise(terms, command.caller().username(), calendar.now());
        programmes.save(programme);
        return programme;
    }
}
