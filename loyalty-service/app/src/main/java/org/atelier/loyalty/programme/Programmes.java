package org.atelier.loyalty.programme;

/** Where the loyalty programme is kept; saving stores its new events with it, in the same write. */
public interface Programmes {

    /** The programme in force: the defaults until marketing revises them. */
    LoyaltyProgramme current();

    /** @throws ProgrammeChangedMeanwhile when someone else revised it since it was loaded */
    void save(LoyaltyProgramme programme);
}
