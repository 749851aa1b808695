package org.atelier.loyalty.programme;

/** Two people revised the programme at once; the later one sees the other's terms and tries again. */
public class ProgrammeChangedMeanwhile extends RuntimeException {

    public ProgrammeChangedMeanwhile() {
        super("Someone else revised the programme meanwhile; reload it and try again");
    }
}
