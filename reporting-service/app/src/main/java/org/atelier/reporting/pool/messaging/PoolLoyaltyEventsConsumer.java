package org.atelier.reporting.pool.messaging;

import static org.atelier.reporting.projection.EventPayloads.read;
import static org.atelier.reporting.projection.EventPayloads.unreadable;

import java.time.Instant;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.events.envelope.EventType;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.atelier.reporting.pool.AnnualFigures;
import org.atelier.reporting.pool.GateRule;
import org.atelier.reporting.pool.LoyaltyFact;
import org.atelier.reporting.pool.PoolFacts;
import org.atelier.reporting.pool.application.ProjectingPool;
import org.atelier.reporting.projection.EventDispatcher;
import org.atelier.reporting.projection.EventPayloads;

/**
 * Reads loyalty-service's topic, in a consumer group of its own, into the annual pool's read model: finance's plans and
 * results, and every change of a customer's loyalty or significance. Other event types are skipped.
 */
public class PoolLoyaltyEventsConsumer extends EventDispatcher {

    private static final EventType PLAN = EventType.parse("org.atelier.loyalty.AnnualPlanSet.v1");
    private static final EventType RESULTS = EventType.parse("org.atelier.loyalty.AnnualResultsRecorded.v1");
    private static final EventType REGISTERED = EventType.parse("org.atelier.loyalty.CustomerRegistered.v1");
    private static final EventType SIGNIFICANCE = EventType.parse("org.atelier.loyalty.CustomerSignificanceChanged.v1");
    private static final EventType LOYAL = EventType.parse("org.atelier.loyalty.CustomerBecameLoyal.v1");
    private static final EventType LAPSED = EventType.parse("org.atelier.loyalty.CustomerLoyaltyLapsed.v1");

    private final CompanyCalendar calendar;

    public PoolLoyaltyEventsConsumer(ProjectingPool projecting, CompanyCalendar calendar) {
        this(projecting, calendar, EventsSeen.NONE);
    }

    /** @param seen told of every event done with, for the freshness view */
    public PoolLoyaltyEventsConsumer(ProjectingPool projecting, CompanyCalendar calendar, EventsSeen seen) {
        super(seen);
        this.calendar = calendar;
        Applier<PoolFacts.Revision> figures = projecting::figuresAll;
        Applier<LoyaltyFact> loyalty = projecting::loyaltyAll;
        on(PLAN, PoolLoyaltyEventsConsumer::plan, figures);
        on(RESULTS, PoolLoyaltyEventsConsumer::results, figures);
        on(REGISTERED, this::registered, loyalty);
        on(SIGNIFICANCE, this::significanceChanged, loyalty);
        on(LOYAL, event -> loyaltyChanged(event, true), loyalty);
        on(LAPSED, event -> loyaltyChanged(event, false), loyalty);
    }

    private static PoolFacts.Revision plan(IncomingEvent event) {
        PoolLoyaltyMessage m = read(event, PoolLoyaltyMessage.class);
        return new PoolFacts.Revision(PoolFacts.Figures.PLAN, event.id(), new AnnualFigures(required(event, m.year()),
                required(event, m.currency()), required(event, m.revenueMinor()), required(event, m.marginMinor()), m.loyalCustomers(),
                m.loyalKeyCustomers(), required(event, m.headcount()), required(event, m.setAt()), gateRule(event, m.gateRule()),
                share(event, m.marginGrowthShareBp())));
    }

    private static PoolFacts.Revision results(IncomingEvent event) {
        PoolLoyaltyMessage m = read(event, PoolLoyaltyMessage.class);
        return new PoolFacts.Revision(PoolFacts.Figures.RESULTS, event.id(), new AnnualFigures(required(event, m.year()),
                required(event, m.currency()), required(event, m.revenueMinor()), required(event, m.marginMinor()), null, null,
                required(event, m.headcount()), required(event, m.recordedAt())));
    }

    private LoyaltyFact registered(IncomingEvent event) {
        PoolLoyaltyMessage m = read(event, PoolLoyaltyMessage.class);
        Instant at = required(event, m.registeredAt());
        return new LoyaltyFact(event.id(), required(event, m.customerId()), calendar.dateOf(at), null, m.significance(), at);
    }

    private LoyaltyFact significanceChanged(IncomingEvent event) {
        PoolLoyaltyMessage m = read(event, PoolLoyaltyMessage.class);
        Instant at = required(event, m.changedAt());
        return new LoyaltyFact(event.id(), required(event, m.customerId()), calendar.dateOf(at), null, required(event, m.to()), at);
    }

    private static LoyaltyFact loyaltyChanged(IncomingEvent event, boolean loyal) {
        PoolLoyaltyMessage m = read(event, PoolLoyaltyMessage.class);
        return new LoyaltyFact(event.id(), required(event, m.customerId()), required(event, m.asOf()), loyal, m.significance(),
                required(event, m.recordedAt()));
    }

    /** Optional in the plan: absent leaves the year to the configured rule. */
    private static GateRule gateRule(IncomingEvent event, String rule) {
        if (rule == null) {
            return null;
        }
        try {
            return GateRule.valueOf(rule);
        } catch (IllegalArgumentException notInTheContract) {
            throw unreadable(event, "names a gate rule its contract does not have");
        }
    }

    private static Integer share(IncomingEvent event, Integer bp) {
        if (bp != null && (bp < 0 || bp > 10_000)) {
            throw unreadable(event, "has a margin growth share outside 0..10 000");
        }
        return bp;
    }

    private static <T> T required(IncomingEvent event, T value) {
        return EventPayloads.required(event, value, "lacks a field the pool needs");
    }
}
