package org.atelier.reporting.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.atelier.reporting.churn.ChurnReport;
import org.atelier.reporting.churn.ExitInterviewReport;
import org.atelier.reporting.claims.ClaimOutcomesReport;
import org.atelier.reporting.matrix.MatrixReport;
import org.atelier.reporting.matrix.TaskCoverage;
import org.atelier.reporting.pool.PoolReport;

/**
 * The overview's key figures: this year's beside last year's, each computed by the report it links to, so the
 * overview and the report's own page can never disagree.
 *
 * @param keyCustomersLost      key customers lost in the year (the churn report's {@code lostKeyCustomers})
 * @param staffAttitudeKeyBp    losses of key customers naming staff attitude / losses of key customers, basis points
 * @param interviewRateBp       the exit-interview rate of the year, basis points
 * @param claimsUpheld          claims decided in the year as upheld or partially upheld
 * @param deducted              what those decisions deducted, per currency (minor units)
 * @param sentToThePool         what they sent to the annual pool, per currency (minor units)
 * @param gateOpen              whether the year's pool gate is open
 * @param failingIndicators     the indicators that keep it closed, in the pool report's order
 * @param latestCampaign        the latest matrix campaign's flags; {@code null} before the first campaign
 */
public record Overview(int year, Comparison keyCustomersLost, Comparison staffAttitudeKeyBp, Band staffAttitudeBand,
                       Comparison interviewRateBp, Band interviewRateBand, Comparison claimsUpheld,
                       Map<String, Long> deducted, Map<String, Long> sentToThePool, boolean gateOpen, List<String> failingIndicators,
                       long poolTotal, String poolCurrency, LatestCampaign latestCampaign) {

    /**
     * The latest-opened matrix campaign: its ownerless and contested tasks over all respondents; {@code null} counts
     * when its matrix is withheld (fewer respondents than the anonymity threshold).
     */
    public record LatestCampaign(String campaignId, String title, Long ownerless, Long contested) {

        static LatestCampaign of(MatrixReport report) {
            String id = report.campaign().campaignId();
            if (report.withheld()) {
                return new LatestCampaign(id, report.campaign().title(), null, null);
            }
            return new LatestCampaign(id, report.campaign().title(),
                    report.tasks().stream().filter(task -> task.flags().contains(TaskCoverage.Flag.OWNERLESS)).count(),
                    report.tasks().stream().filter(task -> task.flags().contains(TaskCoverage.Flag.CONTESTED)).count());
        }
    }

    /** A figure this year and last year; either may be {@code null} when there is nothing to compute it from. */
    public record Comparison(Integer now, Integer lastYear) {

        /** now − last year, or {@code null} when either is missing. */
        public Integer change() {
            return now == null || lastYear == null ? null : now - lastYear;
        }
    }

    /** Where a share stands against the article's range. */
    public enum Band { NO_DATA, BELOW, WITHIN, ABOVE;

        static Band of(Integer bp, int fromBp, int toBp) {
            if (bp == null) {
                return NO_DATA;
            }
            return bp < fromBp ? BELOW : bp > toBp ? ABOVE : WITHIN;
        }
    }

    public static Overview of(int year, ChurnReport churn, ChurnReport churnLastYear, ExitInterviewReport interviews,
                              ExitInterviewReport interviewsLastYear, ClaimOutcomesReport claims, ClaimOutcomesReport claimsLastYear,
                              PoolReport pool, Optional<MatrixReport> latestCampaign) {
        Integer staffNow = churn.staffAttitude().keyCustomers().namingItBp();
        ChurnReport.Benchmark staffBand = churn.staffAttitude().benchmark();
        ExitInterviewReport.Benchmark rateBand = interviews.benchmark();
        return new Overview(year,
                new Comparison(churn.lostKeyCustomers(), churnLastYear.lostKeyCustomers()),
                new Comparison(staffNow, churnLastYear.staffAttitude().keyCustomers().namingItBp()),
                Band.of(staffNow, staffBand.fromBp(), staffBand.toBp()),
                new Comparison(interviews.interviewRateBp(), interviewsLastYear.interviewRateBp()),
                Band.of(interviews.interviewRateBp(), rateBand.fromBp(), rateBand.toBp()),
                new Comparison(upheld(claims), upheld(claimsLastYear)),
                new TreeMap<>(claims.totals().deductions()), new TreeMap<>(claims.totals().toThePool()),
                pool.gateOpen(), pool.failing(), pool.pool().total(), pool.currency(),
                latestCampaign.map(LatestCampaign::of).orElse(null));
    }

    private static int upheld(ClaimOutcomesReport claims) {
        return claims.totals().upheld() + claims.totals().partiallyUpheld();
    }
}
