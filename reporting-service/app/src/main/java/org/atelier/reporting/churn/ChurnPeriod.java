package org.atelier.reporting.churn;

import java.util.Optional;

/**
 * Which losses a churn report is about: those whose {@code lostOn} falls in the year (and quarter, if one is given),
 * optionally only those of one significance as the loss recorded it, and only those naming one department at fault.
 */
public record ChurnPeriod(int year, Optional<Integer> quarter, Optional<String> significance, Optional<String> departmentAtFault) {

    public ChurnPeriod(int year, Optional<Integer> quarter, Optional<String> significance) {
        this(year, quarter, significance, Optional.empty());
    }

    public ChurnPeriod {
        if (year < 1990 || year > 2999) {
            throw new IllegalArgumentException("year must be between 1990 and 2999");
        }
        quarter.ifPresent(q -> {
            if (q < 1 || q > 4) {
                throw new IllegalArgumentException("quarter must be 1, 2, 3 or 4");
            }
        });
        significance.ifPresent(s -> {
            if (!ChurnReport.SIGNIFICANCES.contains(s)) {
                throw new IllegalArgumentException("significance must be one of " + String.join(", ", ChurnReport.SIGNIFICANCES));
            }
        });
    }

    public static ChurnPeriod year(int year) {
        return new ChurnPeriod(year, Optional.empty(), Optional.empty());
    }

    public boolean includes(LostCustomer loss) {
        return loss.year() == year
                && quarter.map(q -> q == loss.quarter()).orElse(true)
                && significance.map(s -> s.equals(loss.significance())).orElse(true)
                && departmentAtFault.map(department -> loss.departmentsAtFault().contains(department)).orElse(true);
    }
}
