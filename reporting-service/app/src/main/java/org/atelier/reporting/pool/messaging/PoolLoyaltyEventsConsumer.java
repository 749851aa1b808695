package org.atelier.reporting.pool.messaging;

import java.time.Instant;
import java.util.function.Consumer;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.events.envelope.EventType;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.churn.messaging.UnreadableEvent;
import org.atelier.reporting.pool.AnnualFigures;
import org.atelier.reporting.pool.GateRule;
import org.atelier.reporting.pool.LoyaltyFact;
import org.atelier.reporting.pool.application.ProjectingPool;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads loyalty-service's topic, in a consumer group of its own, into the annual pool's read model: finance's plans and
 * results, and every change of a customer's loyalty or significance. Other event types are skipped.
 */
public class PoolLoyaltyEventsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(PoolLoyaltyEventsConsumer.class);
    private static final EventType PLAN = EventType.parse("org.atelier.loyalty.AnnualPlanSet.v1");
    private static final EventType RESULTS = EventType.parse("org.atelier.loyalty.AnnualResultsRecorded.v1");
    private static final EventType REGISTERED = EventType.parse("org.atelier.loyalty.CustomerRegistered.v1");
    private static final EventType SIGNIFICANCE = EventType.parse("org.atelier.loyalty.CustomerSignificanceChanged.v1");
    private static final EventType LOYAL = EventType.parse("org.atelier.loyalty.CustomerBecameLoyal.v1");
    private static final EventType LAPSED = EventType.parse("org.atelier.loyalty.CustomerLoyaltyLapsed.v1");

    private final ProjectingPool projecting;
    private final CompanyCalendar calendar;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final EventsSeen seen;

    public PoolLoyaltyEventsConsumer(ProjectingPool projecting, CompanyCalendar calendar) {
        this(projecting, calendar, EventsSeen.NONE);
    }

    /** @param seen told of every event done with, for the freshness view */
    public PoolLoyaltyEventsConsumer(ProjectingPool projecting, CompanyCalendar calendar, EventsSeen seen) {
        this.projecting = projecting;
        this.calendar = calendar;
        this.seen = seen;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        EventType type = event.metadata().type();
        boolean changed;
        if (PLAN.equals(type)) {
            PoolLoyaltyMessage m = read(event);
            changed = projecting.plan(event.id(), new AnnualFigures(required(event, m.year()), required(event, m.currency()),
                    required(event, m.revenueMinor()), required(event, m.marginMinor()), m.loyalCustomers(), m.loyalKeyCustomers(),
                    required(event, m.headcount()), required(event, m.setAt()), gateRule(event, m.gateRule()),
                    share(event, m.marginGrowthShareBp())));
        } else if (RESULTS.equals(type)) {
            PoolLoyaltyMessage m = read(event);
            changed = projecting.results(event.id(), new AnnualFigures(required(event, m.year()), required(event, m.currency()),
                    required(event, m.revenueMinor()), required(event, m.marginMinor()), null, null, required(event, m.headcount()),
                    required(event, m.recordedAt())));
        } else if (REGISTERED.equals(type)) {
            PoolLoyaltyMessage m = read(event);
            Instant at = required(event, m.registeredAt());
            changed = projecting.loyalty(new LoyaltyFact(event.id(), required(event, m.customerId()), calendar.dateOf(at), null,
                    m.significance(), at));
        } else if (SIGNIFICANCE.equals(type)) {
            PoolLoyaltyMessage m = read(event);
            Instant at = required(event, m.changedAt());
            changed = projecting.loyalty(new LoyaltyFact(event.id(), required(event, m.customerId()), calendar.dateOf(at), null,
                    required(event, m.to()), at));
        } else if (LOYAL.equals(type) || LAPSED.equals(type)) {
            PoolLoyaltyMessage m = read(event);
            changed = projecting.loyalty(new LoyaltyFact(event.id(), required(event, m.customerId()), required(event, m.asOf()),
                    LOYAL.equals(type), m.significance(), required(event, m.recordedAt())));
        } else {
            log.debug("Skipping {} {}", type, event.id());
            seen.notUsed(message, event);
            return;
        }
        if (!changed) {
            log.info("{} {} was already applied, or a later revision was; nothing changed", type, event.id());
        }
        seen.applied(message, event);
    }

    private PoolLoyaltyMessage read(IncomingEvent event) {
        try {
            return json.readValue(event.payload(), PoolLoyaltyMessage.class);
        } catch (JacksonException e) {
            throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " is not valid JSON for its contract", e);
        }
    }

    /** Optional in the plan: absent leaves the year to the configured rule. */
    private static GateRule gateRule(IncomingEvent event, String rule) {
        if (rule == null) {
            return null;
        }
        try {
            return GateRule.valueOf(rule);
        } catch (IllegalArgumentException notInTheContract) {
            throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " names a gate rule its contract does not have", null);
        }
    }

    private static Integer share(IncomingEvent event, Integer bp) {
        if (bp != null && (bp < 0 || bp > 10_000)) {
            throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " has a margin growth share outside 0..10 000", null);
        }
        return bp;
    }

    private static <T> T required(IncomingEvent event, T value) {
        if (value == null) {
            throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " lacks a field the pool needs", null);
        }
        return value;
    }
}
