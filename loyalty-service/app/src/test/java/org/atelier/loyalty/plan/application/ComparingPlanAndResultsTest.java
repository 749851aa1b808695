package org.atelier.loyalty.plan.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atelier.loyalty.plan.AnnualFigures;
import org.atelier.loyalty.plan.AnnualFiguresRepository;
import org.atelier.loyalty.plan.PlanVersusResults;
import org.atelier.loyalty.plan.ResultsAlreadyRecorded;
import org.atelier.security.CurrentUser;
import org.atelier.security.Role;
import org.junit.jupiter.api.Test;

class ComparingPlanAndResultsTest {

    private static final CurrentUser FINANCE = new CurrentUser("anna", "Anna", "finance", "OTHER_STAFF", Set.of(Role.FINANCE));
    /** 23:30 on 31 December in UTC is already the new year in Moscow. */
    private static final Clock NEW_YEARS_EVE = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneId.of("UTC"));

    private final Map<Integer, AnnualFigures> stored = new HashMap<>();
    private final AnnualFiguresRepository figures = new AnnualFiguresRepository() {
        @Override
        public Optional<AnnualFigures> find(int year) {
            return Optional.ofNullable(stored.get(year));
        }

        @Override
        public List<AnnualFigures> all() {
            return new ArrayList<>(stored.values());
        }

        @Override
        public void save(AnnualFigures year) {
            stored.put(year.year(), year);
        }
    };
    private final RecordingAnnualFigures recording = new RecordingAnnualFigures(figures, NEW_YEARS_EVE,
            () -> new PlanVersusResults.LoyalCounts(41, 10), ZoneId.of("Europe/Moscow"));

    @Test
    void loyalCustomersAreComparedWithHowManyAreLoyalNowForTheCompanysCurrentYearOnly() {
        plan(2027);
        plan(2026);

        assertThat(actualOf(recording.comparison(FINANCE, 2027), PlanVersusResults.Name.LOYAL_CUSTOMERS)).isEqualTo(41L);
        assertThat(actualOf(recording.comparison(FINANCE, 2027), PlanVersusResults.Name.LOYAL_KEY_CUSTOMERS)).isEqualTo(10L);
        assertThat(actualOf(recording.comparison(FINANCE, 2026), PlanVersusResults.Name.LOYAL_CUSTOMERS)).isNull();
    }

    @Test
    void aSecondRecordingThroughTheUseCaseNeedsTheRevisionItReplaces() {
        plan(2026);
        recording.recordResults(new RecordingAnnualFigures.ResultsCommand(FINANCE, 2026, "RUB", 100, 10, 5));

        assertThatThrownBy(() -> recording.recordResults(new RecordingAnnualFigures.ResultsCommand(FINANCE, 2026, "RUB", 200, 20, 5)))
                .isInstanceOf(ResultsAlreadyRecorded.class);
        recording.recordResults(new RecordingAnnualFigures.ResultsCommand(FINANCE, 2026, "RUB", 200, 20, 5, 1));
        assertThat(recording.ofYear(FINANCE, 2026).revisions()).hasSize(2);
    }

    private void plan(int year) {
        recording.setPlan(new RecordingAnnualFigures.PlanCommand(FINANCE, year, "RUB", 1_000, 100, 40, 12, 250));
    }

    private static Long actualOf(PlanVersusResults comparison, PlanVersusResults.Name name) {
        return comparison.indicators().stream().filter(indicator -> indicator.name() == name).findFirst().orElseThrow().actual();
    }
}
