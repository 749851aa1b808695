package org.atelier.loyalty.programme;

import java.time.LocalDate;

/**
 * Whether any customer still holds points to spend. Points are earned and valued in the programme's currency, so
 * the programme asks before its currency changes; customers answer, the programme does not know them.
 */
public interface OutstandingPoints {

    boolean anySpendableOn(LocalDate day);
}
