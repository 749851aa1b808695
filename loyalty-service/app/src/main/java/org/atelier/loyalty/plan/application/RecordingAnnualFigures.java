package org.atelier.loyalty.plan.application;

import java.time.Clock;
import java.util.List;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.plan.AnnualFigures;
import org.atelier.loyalty.plan.AnnualFiguresRepository;
import org.atelier.loyalty.plan.AnnualPlan;
import org.atelier.loyalty.plan.AnnualResults;
import org.atelier.loyalty.plan.PlanPermissions;
import org.atelier.security.CurrentUser;

/** Finance's work on a year: setting its plan, recording its results, and looking them up. */
public class RecordingAnnualFigures {

    public record PlanCommand(CurrentUser caller, int year, String currency, long revenueMinor, long marginMinor,
                              int loyalCustomers, int loyalKeyCustomers, int headcount) {
    }

    public record ResultsCommand(CurrentUser caller, int year, String currency, long revenueMinor, long marginMinor, int headcount) {
    }

    /** Nothing recorded for that year, or nothing the caller may see. */
    public static class FiguresNotFound extends RuntimeException {
        public FiguresNotFound(int year) {
            super("No plan or results for " + year);
        }
    }

    private final AnnualFiguresRepository figures;
    private final Clock clock;

    public RecordingAnnualFigures(AnnualFiguresRepository figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    public AnnualFigures setPlan(PlanCommand command) {
        PlanPermissions.checkMayRecord(command.caller());
        AnnualPlan plan = new AnnualPlan(Money.of(command.revenueMinor(), command.currency()), Money.of(command.marginMinor(), command.currency()),
                command.loyalCustomers(), command.loyalKeyCustomers(), command.headcount());
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
        year.recordResults(results, command.caller().username(), clock.instant());
        figures.save(year);
        return year;
    }

    public AnnualFigures ofYear(CurrentUser caller, int year) {
        if (!PlanPermissions.maySee(caller)) {
            throw new FiguresNotFound(year);
        }
        return figures.find(year).orElseThrow(() -> new FiguresNotFound(year));
    }

    public List<AnnualFigures> all(CurrentUser caller) {
        return PlanPermissions.maySee(caller) ? figures.all() : List.of();
    }
}
