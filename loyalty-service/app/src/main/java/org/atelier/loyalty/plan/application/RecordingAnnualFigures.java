package org.atelier.loyalty.plan.application;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.plan.AnnualFigures;
import org.atelier.loyalty.plan.AnnualFiguresRepository;
import org.atelier.loyalty.plan.AnnualPlan;
import org.atelier.loyalty.plan.AnnualResults;
import org.atelier.loyalty.plan.PlanPermissions;
import org.atelier.loyalty.plan.PlanVersusResults;
import org.atelier.loyalty.plan.PoolGateRule;
import org.atelier.security.CurrentUser;

/** Finance's work on a year: setting its plan, recording its results, and looking them up. */
public class RecordingAnnualFigures {

    /**
     * @param gateRule            the pool's gate rule for the year; null for the default
     * @param marginGrowthShareBp the margin growth's share in the pool; null for the default
     */
    public record PlanCommand(CurrentUser caller, int year, String currency, long revenueMinor, long marginMinor,
                              int loyalCustomers, int loyalKeyCustomers, int headcount, PoolGateRule gateRule,
                              Integer marginGrowthShareBp) {

        /** A plan leaving the pool's rules to their defaults. */
        public PlanCommand(CurrentUser caller, int year, String currency, long revenueMinor, long marginMinor,
                           int loyalCustomers, int loyalKeyCustomers, int headcount) {
            this(caller, year, currency, revenueMinor, marginMinor, loyalCustomers, loyalKeyCustomers, headcount, null, null);
        }
    }

    /**
     * @param replacesRevision the revision of the results the person saw and replaces; null to record them the first time
     */
    public record ResultsCommand(CurrentUser caller, int year, String currency, long revenueMinor, long marginMinor, int headcount,
                                 Integer replacesRevision) {

        /** A first recording: refused once results are recorded. */
        public ResultsCommand(CurrentUser caller, int year, String currency, long revenueMinor, long marginMinor, int headcount) {
            this(caller, year, currency, revenueMinor, marginMinor, headcount, null);
        }
    }

    /** How many customers are loyal now: the actual of the loyalty indicators for the current year. */
    public interface LoyalCustomersNow {
        PlanVersusResults.LoyalCounts count();
    }

    /** Nothing recorded for that year, or nothing the caller may see. */
    public static class FiguresNotFound extends RuntimeException {
        public FiguresNotFound(int year) {
            super("No plan or results for " + year);
        }
    }

    private final AnnualFiguresRepository figures;
    private final Clock clock;
    private final LoyalCustomersNow loyalNow;
    private final ZoneId companyZone;

    public RecordingAnnualFigures(AnnualFiguresRepository figures, Clock clock) {
        this(figures, clock, () -> null, ZoneId.of("UTC"));
    }

    /** @param companyZone where "this year" is decided, for the loyal counts */
    public RecordingAnnualFigures(AnnualFiguresRepository figures, Clock clock, LoyalCustomersNow loyalNow, ZoneId companyZone) {
        this.figures = figures;
        this.clock = clock;
        this.loyalNow = loyalNow;
        this.companyZone = companyZone;
    }

    public AnnualFigures setPlan(PlanCommand command) {
        PlanPermissions.checkMayRecord(command.caller());
        AnnualPlan plan = new AnnualPlan(Money.of(command.revenueMinor(), command.currency()), Money.of(command.marginMinor(), command.currency()),
                command.loyalCustomers(), command.loyalKeyCustomers(), command.headcount(), command.gateRule(),
                command.marginGrowthShareBp());
        AnnualFigures year = figures.find(command.year()).orElseGet(() -> AnnualFigures.start(command.year()));
        year.setPlan(plan, command.caller().username(), clock.instant());
        figures.save(year);
        return year;
    }

    public AnnualFigures recordResults(ResultsCommand command) {
        PlanPermissions.checkMayRecord(command.caller());
        AnnualResults results = new AnnualResults(Money.of(command.revenueMinor(), command.currency()),
                Money.of(command.marginMinor(), command.currency()), command.headcount());
        AnnualFigures year = figures.find(command.year()).orElseGet(() -> AnnualFigures.start(command.year()));
        year.recordResults(results, command.replacesRevision(), command.caller().username(), clock.instant());
        figures.save(year);
        return year;
    }

    public AnnualFigures ofYear(CurrentUser caller, int year) {
        if (!PlanPermissions.maySee(caller)) {
            throw new FiguresNotFound(year);
        }
        return figures.find(year).orElseThrow(() -> new FiguresNotFound(year));
    }

    /**
     * The year's plan beside its results, per indicator. Loyal customers are compared only for the current year, with
     * how many are loyal now; other years' counts on 31 December are reporting's, from the events.
     */
    public PlanVersusResults comparison(CurrentUser caller, int year) {
        AnnualFigures found = ofYear(caller, year);
        boolean thisYear = clock.instant().atZone(companyZone).getYear() == year;
        return PlanVersusResults.of(found, thisYear ? Optional.ofNullable(loyalNow.count()) : Optional.empty());
    }

    public List<AnnualFigures> all(CurrentUser caller) {
        return PlanPermissions.maySee(caller) ? figures.all() : List.of();
    }
}
