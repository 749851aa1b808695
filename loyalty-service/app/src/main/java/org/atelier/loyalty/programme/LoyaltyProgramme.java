package org.atelier.loyalty.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The company's loyalty programme: one set of terms, revised by marketing. A revision applies from then on;
 * points already earned keep the expiry date they were earned with.
 */
public final class LoyaltyProgramme {

    /** The programme is one record, keyed by this id, also the Kafka key of its events. */
    public static final String ID = "loyalty-programme";

    /** A revision of the terms, as other systems (ERP, CRM) learn of it. */
    public record Revised(ProgrammeTerms terms, String revisedBy, Instant revisedAt) {
    }

    private ProgrammeTerms terms;
    private String revisedBy;
    private Instant revisedAt;
    private final long version;
    private final List<Revised> newEvents = new ArrayList<>();

    private LoyaltyProgramme(ProgrammeTerms terms, String revisedBy, Instant revisedAt, long version) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.revisedBy = revisedBy;
        this.revisedAt = revisedAt;
        this.version = version;
    }

    /** The programme before marketing first revises it: {@link ProgrammeTerms#DEFAULT}, never stored. */
    public static LoyaltyProgramme initial() {
        return new LoyaltyProgramme(ProgrammeTerms.DEFAULT, null, null, 0);
    }

    public static LoyaltyProgramme restore(ProgrammeTerms terms, String revisedBy, Instant revisedAt, long version) {
        return new LoyaltyProgramme(terms, revisedBy, revisedAt, version);
    }

    public void revise(ProgrammeTerms newTerms, String by, Instant now) {
        this.terms = Objects.requireNonNull(newTerms, "newTerms");
        this.revisedBy = by;
        this.revisedAt = now;
        newEvents.add(new Revised(newTerms, by, now));
    }

    public ProgrammeTerms terms() {
        return terms;
    }

    /** Who last revised the terms; null while the defaults apply. */
    public String revisedBy() {
        return revisedBy;
    }

    public Instant revisedAt() {
        return revisedAt;
    }

    public long version() {
        return version;
    }

    public List<Revised> newEvents() {
        return List.copyOf(newEvents);
    }
}
