package org.atelier.loyalty.customer.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.loyalty.customer.CustomerEvent;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.ProfileChange;
import org.atelier.loyalty.customer.Reward;
import org.atelier.loyalty.programme.DiscountTier;
import org.atelier.loyalty.programme.PointsAccount;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.Loss;
import org.atelier.loyalty.customer.LossReason;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.customer.Purchase;
import org.atelier.loyalty.customer.PurchaseReversal;
import org.atelier.loyalty.customer.WithdrawnLoss;
import org.atelier.loyalty.customer.ReasonCode;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.outbox.OutboxMessage;
import org.atelier.testsupport.EventSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CustomerEventTranslatorTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private final CustomerEventTranslator translator = new CustomerEventTranslator(JsonMapper.builder().build(), "topic-x");
    private final CustomerId id = CustomerId.newId();

    @Test
    void customerRegisteredMatchesItsSchemaAndEnvelope() {
        OutboxMessage message = translator.toOutbox(new CustomerEvent.Registered(id, "Northwind", Significance.KEY, CustomerProfile.EMPTY, NOW), NOW);

        assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.CUSTOMER_REGISTERED_V1), message.payload())).isEmpty();
        EventMetadata metadata = message.metadata();
        assertThat(metadata.type()).isEqualTo(LoyaltyEvents.CUSTOMER_REGISTERED_V1);
        assertThat(metadata.subject()).isEqualTo(id.toString());
        assertThat(message.destination()).isEqualTo("topic-x");
    }

    @Test
    void purchaseRegainLoyaltyAndLapseMatchTheirSchemas() {
        Purchase purchase = new Purchase("p-1", Money.of(125_000_00L, "RUB"), LocalDate.of(2026, 8, 1), "C-2026-1");
        Loss loss = new Loss("Rival", LocalDate.of(2026, 3, 14), List.of(new LossReason(ReasonCode.PAYMENT_TERMS, true, Set.of())), null, NOW);
        List<CustomerEvent> events = List.of(
                new CustomerEvent.PurchaseMade(id, purchase, NOW),
                new CustomerEvent.Regained(id, "Northwind", Significance.KEY, loss, purchase, NOW),
                new CustomerEvent.BecameLoyal(id, Significance.KEY, LocalDate.of(2026, 8, 1), NOW),
                new CustomerEvent.LoyaltyLapsed(id, Significance.REGULAR, LocalDate.of(2028, 1, 1), NOW));

        for (CustomerEvent event : events) {
            OutboxMessage message = translator.toOutbox(event, NOW);
            String schema = LoyaltyEvents.schemaResource(message.metadata().type());
            assertThat(EventSchemas.violations(schema, message.payload())).as(message.type()).isEmpty();
            assertThat(message.subject()).isEqualTo(id.toString());
        }
        assertThat(translator.toOutbox(events.get(0), NOW).payload()).contains("\"amountMinor\":12500000").contains("\"currency\":\"RUB\"");
    }

    @Test
    void aProfileChangeMatchesItsSchemaWithEmptyFieldsAsNull() {
        CustomerProfile profile = new CustomerProfile(null, null, "Kazan",
                "sales-head", new DepartmentCode("sales"), null);
        OutboxMessage message = translator.toOutbox(new CustomerEvent.ProfileChanged(id, "Northwind", profile,
                new ProfileChange(List.of("region", "accountManager"), "sales-head", NOW), NOW), NOW);

        assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.CUSTOMER_PROFILE_CHANGED_V1), message.payload())).isEmpty();
        assertThat(message.payload()).contains("\"taxId\":null").contains("\"changedFields\":[\"region\",\"accountManager\"]");
    }

    @Test
    void customerLostMatchesItsSchemaWithDatesAsIsoText() {
        Loss loss = new Loss("Rival", LocalDate.of(2026, 3, 14), List.of(
                new LossReason(ReasonCode.STAFF_ATTITUDE, true, Set.of(new DepartmentCode("sales"), new DepartmentCode("logistics"))),
                new LossReason(ReasonCode.PAYMENT_TERMS, false, Set.of())), "late twice", NOW);

        OutboxMessage message = translator.toOutbox(new CustomerEvent.Lost(id, "Northwind", Significance.KEY, loss, NOW), NOW);

        assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.CUSTOMER_LOST_V1), message.payload())).isEmpty();
        assertThat(message.payload()).contains("\"lostOn\":\"2026-03-14\"").contains("\"departmentsAtFault\":[\"logistics\",\"sales\"]");
    }

    @Test
    void aReversalAndAWithdrawalMatchTheirSchemasNamingWhatTheyCorrectWhoAndWhy() {
        Purchase purchase = new Purchase("p-1", Money.of(12_500_000, "RUB"), LocalDate.of(2026, 3, 1), "C-1");
        PurchaseReversal reversal = new PurchaseReversal("p-1", "sales-head", "Wrong customer", NOW, 900, 350);
        Loss loss = new Loss("Rival", LocalDate.of(2026, 3, 14), List.of(new LossReason(ReasonCode.PAYMENT_TERMS, true, Set.of())), null, NOW);

        OutboxMessage reversed = translator.toOutbox(new CustomerEvent.PurchaseReversed(id, purchase, reversal, 0, 0, true, NOW), NOW);
        OutboxMessage withdrawn = translator.toOutbox(new CustomerEvent.LossWithdrawn(id, "Northwind",
                new WithdrawnLoss(loss, "sales-head", "Wrong card", NOW), NOW), NOW);

        assertThat(reversed.metadata().type()).isEqualTo(LoyaltyEvents.PURCHASE_REVERSED_V1);
        assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.PURCHASE_REVERSED_V1), reversed.payload())).isEmpty();
        assertThat(reversed.payload()).contains("\"purchaseId\":\"p-1\"").contains("\"reversedBy\":\"sales-head\"")
                .contains("\"pointsNotRecovered\":350").contains("\"winBackUndone\":true").contains("\"amountMinor\":12500000");
        assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.LOSS_WITHDRAWN_V1), withdrawn.payload())).isEmpty();
        assertThat(withdrawn.payload()).contains("\"lostOn\":\"2026-03-14\"").contains("\"reason\":\"Wrong card\"");
        assertThat(withdrawn.subject()).isEqualTo(id.toString());
    }

    @Test
    void pointsAndRewardEventsMatchTheirSchemasWithOrWithoutATier() {
        ProgrammeTerms terms = ProgrammeTerms.DEFAULT;
        PointsAccount.Accrual accrual = new PointsAccount.Accrual("p-1",
                LocalDate.of(2026, 3, 1), 12, LocalDate.of(2028, 3, 1));
        PointsAccount account = PointsAccount.EMPTY.with(accrual);
        PointsAccount.Standing belowEveryTier = account.standingOn(LocalDate.of(2026, 3, 20),
                new ProgrammeTerms(terms.currency(), 1, 10_000, 100, 24, 12,
                        List.of(new DiscountTier("Silver", 1_000, 3))));
        List<CustomerEvent> events = List.of(
                new CustomerEvent.PointsAccrued(id, accrual, account.standingOn(LocalDate.of(2026, 3, 20), terms), NOW),
                new CustomerEvent.PointsAccrued(id, accrual, belowEveryTier, NOW),
                new CustomerEvent.PointsRedeemed(id, new PointsAccount.Redemption("r-1", LocalDate.of(2026, 3, 20),
                        10, terms.valueOf(10), "INV-1", "sales-staff"), 2, NOW),
                new CustomerEvent.RewardGranted(id, new Reward("w-1", "Open day", LocalDate.of(2026, 4, 1),
                        "Ten years", "marketing-head", NOW), NOW));

        for (CustomerEvent event : events) {
            OutboxMessage message = translator.toOutbox(event, NOW);
            assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(message.metadata().type()), message.payload()))
                    .as(message.type()).isEmpty();
            assertThat(message.subject()).isEqualTo(id.toString());
        }
        assertThat(translator.toOutbox(events.get(1), NOW).payload()).contains("\"tier\":null").contains("\"discountPercent\":0");
        assertThat(translator.toOutbox(events.get(2), NOW).payload()).contains("\"valueMinor\":1000");
    }
}
