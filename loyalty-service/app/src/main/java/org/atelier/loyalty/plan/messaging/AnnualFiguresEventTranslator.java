package org.atelier.loyalty.plan.messaging;

import java.time.Instant;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.loyalty.events.AnnualPlanSetV1;
import org.atelier.loyalty.events.AnnualResultsRecordedV1;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.loyalty.plan.AnnualFiguresEvent;
import org.atelier.loyalty.plan.AnnualPlan;
import org.atelier.loyalty.plan.AnnualResults;
import org.atelier.outbox.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/** The year's figures as published: keyed by the year, so a year's plan and results stay in order. */
public class AnnualFiguresEventTranslator {

    private final JsonMapper json;
    private final String topic;

    public AnnualFiguresEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    public OutboxMessage toOutbox(AnnualFiguresEvent event, Instant now) {
        String subject = String.valueOf(event.year());
        if (event instanceof AnnualFiguresEvent.PlanSet set) {
            AnnualPlan plan = set.plan();
            EventMetadata metadata = EventMetadata.newEvent(LoyaltyEvents.ANNUAL_PLAN_SET_V1, subject, set.occurredAt());
            return OutboxMessage.of(metadata, topic, json.writeValueAsString(new AnnualPlanSetV1(set.year(),
                    plan.revenue().currency().getCurrencyCode(), plan.revenue().minorUnits(), plan.margin().minorUnits(),
                    plan.loyalCustomers(), plan.loyalKeyCustomers(), plan.headcount(), set.setBy(), set.occurredAt(),
                    plan.gateRule() == null ? null : plan.gateRule().name(), plan.marginGrowthShareBp())), now);
        }
        AnnualFiguresEvent.ResultsRecorded recorded = (AnnualFiguresEvent.ResultsRecorded) event;
        AnnualResults results = recorded.results();
        EventMetadata metadata = EventMetadata.newEvent(LoyaltyEvents.ANNUAL_RESULTS_RECORDED_V1, subject, recorded.occurredAt());
        return OutboxMessage.of(metadata, topic, json.writeValueAsString(new AnnualResultsRecordedV1(recorded.year(),
                results.revenue().currency().getCurrencyCode(), results.revenue().minorUnits(), results.margin().minorUnits(),
                results.headcount(), recorded.recordedBy(), recorded.occurredAt())), now);
    }
}
