package org.atelier.claims.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atelier.claims.bonus.BonusDecision;
import org.atelier.claims.bonus.BonusPolicies;
import org.atelier.claims.bonus.Reversals;
import org.atelier.claims.bonus.BonusPolicy;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.claim.Claims;
import org.atelier.claims.commendation.Commendation;
import org.atelier.claims.commendation.Commendations;
import org.atelier.claims.common.AgendaPlace;
import org.atelier.claims.common.Lifecycle;
import org.atelier.claims.common.OpenAgendas;
import org.atelier.claims.customer.CustomerChange;
import org.atelier.claims.customer.KnownCustomer;
import org.atelier.claims.customer.KnownCustomers;
import org.atelier.claims.customer.Stamp;
import org.atelier.claims.meeting.Meeting;
import org.atelier.claims.meeting.Meetings;
import org.atelier.claims.regulation.Regulation;
import org.atelier.claims.regulation.Regulations;

/**
 * The repositories in memory, for unit tests of the use cases. They keep the aggregate objects themselves and count
 * the events each save carried, which is what the tests assert on.
 */
public final class InMemoryStores {

    public final Map<String, Claim> claimsById = new LinkedHashMap<>();
    public final Map<String, Meeting> meetingsById = new LinkedHashMap<>();
    public final Map<String, Commendation> commendationsById = new LinkedHashMap<>();
    public final Map<Integer, BonusPolicy> policiesByYear = new LinkedHashMap<>();
    public final List<Regulation> regulationVersions = new ArrayList<>();
    public final List<Object> savedEvents = new ArrayList<>();
    /** Reversals by the id of the decision each reverses, as the store keys them. */
    public final Map<String, BonusDecision> reversalsByReversed = new LinkedHashMap<>();

    /** The customer replica, knowing the one the claims in the tests name. */
    public final Map<String, KnownCustomer> customersById = new LinkedHashMap<>(Map.of("cust-42", KnownCustomer.unknown("cust-42")
            .apply(new CustomerChange.Registered("cust-42", "Northwind Trading", "KEY"), new Stamp(java.time.Instant.EPOCH, "registered"))));

    public final KnownCustomers customers = new KnownCustomers() {
        @Override
        public Optional<KnownCustomer> find(String customerId) {
            return Optional.ofNullable(customersById.get(customerId));
        }

        @Override
        public boolean apply(CustomerChange change, Stamp stamp) {
            KnownCustomer before = customersById.getOrDefault(change.customerId(), KnownCustomer.unknown(change.customerId()));
            KnownCustomer after = before.apply(change, stamp);
            customersById.put(after.customerId(), after);
            return !after.equals(before);
        }

        @Override
        public List<KnownCustomer> search(String query) {
            String typed = query.toLowerCase(java.util.Locale.ROOT);
            return customersById.values().stream().filter(c -> c.name() != null && c.name().toLowerCase(java.util.Locale.ROOT).contains(typed))
                    .limit(SEARCH_LIMIT).toList();
        }
    };

    public final Reversals reversals = new Reversals() {
        @Override
        public boolean add(BonusDecision reversal) {
            if (reversalsByReversed.putIfAbsent(reversal.reverses(), reversal) != null) {
                return false;
            }
            savedEvents.addAll(reversal.entries());
            return true;
        }

        @Override
        public List<BonusDecision> all() {
            return List.copyOf(reversalsByReversed.values());
        }
    };

    /** As the meetings' store keeps them: every item of a meeting still planned, one meeting per item at most. */
    public final OpenAgendas agendas = new OpenAgendas() {
        @Override
        public Optional<AgendaPlace> placeOf(Kind kind, String itemId) {
            return Optional.ofNullable(places(kind).get(itemId));
        }

        @Override
        public Map<String, AgendaPlace> places(Kind kind) {
            Map<String, AgendaPlace> byItem = new LinkedHashMap<>();
            meetingsById.values().forEach(m -> m.openAgenda().stream().filter(item -> item.kind().name().equals(kind.name()))
                    .forEach(item -> byItem.put(item.id(), new AgendaPlace(m.id(), m.date(), m.plannedBy(), m.plannedAt()))));
            return byItem;
        }
    };

    public final Claims claims = new Claims() {
        @Override
        public Optional<Claim> find(String id) {
            return Optional.ofNullable(claimsById.get(id)).map(c -> reload(c, agendas.placeOf(OpenAgendas.Kind.CLAIM, id).orElse(null)));
        }

        @Override
        public List<Claim> all() {
            Map<String, AgendaPlace> places = agendas.places(OpenAgendas.Kind.CLAIM);
            return claimsById.values().stream().map(c -> reload(c, places.get(c.id()))).toList();
        }

        @Override
        public void save(Claim claim) {
            savedEvents.addAll(claim.newEvents());
            claimsById.put(claim.id(), claim);
        }
    };

    public final Meetings meetings = new Meetings() {
        @Override
        public Optional<Meeting> find(String id) {
            return Optional.ofNullable(meetingsById.get(id)).map(InMemoryStores::reload);
        }

        @Override
        public List<Meeting> all() {
            return meetingsById.values().stream().map(InMemoryStores::reload).toList();
        }

        @Override
        public void save(Meeting meeting) {
            if (meeting.version() == 0 && meeting.openAgenda().stream().anyMatch(item -> meetingsById.values().stream()
                    .anyMatch(other -> other.openAgenda().contains(item)))) {
                throw new Lifecycle.IllegalTransition("agenda", "alreadyOnAgenda", "An item of this agenda is on another meeting''s agenda");
            }
            savedEvents.addAll(meeting.newEvents());
            meetingsById.put(meeting.id(), meeting);
        }
    };

    public final Commendations commendations = new Commendations() {
        @Override
        public Optional<Commendation> find(String id) {
            return Optional.ofNullable(commendationsById.get(id))
                    .map(c -> reload(c, agendas.placeOf(OpenAgendas.Kind.COMMENDATION, id).orElse(null)));
        }

        @Override
        public List<Commendation> all() {
            Map<String, AgendaPlace> places = agendas.places(OpenAgendas.Kind.COMMENDATION);
            return commendationsById.values().stream().map(c -> reload(c, places.get(c.id()))).toList();
        }

        @Override
        public void save(Commendation commendation) {
            savedEvents.addAll(commendation.newEvents());
            commendationsById.put(commendation.id(), commendation);
        }
    };

    public final BonusPolicies policies = new BonusPolicies() {
        @Override
        public Optional<BonusPolicy> find(int year) {
            return Optional.ofNullable(policiesByYear.get(year));
        }

        @Override
        public List<BonusPolicy> all() {
            return List.copyOf(policiesByYear.values());
        }

        @Override
        public void save(BonusPolicy policy) {
            policiesByYear.put(policy.year(), policy);
        }
    };

    public final Regulations regulations = new Regulations() {
        @Override
        public List<Regulation> versionsOf(String id) {
            return regulationVersions.stream().filter(r -> r.id().equals(id)).sorted(Comparator.comparingInt(Regulation::version)).toList();
        }

        @Override
        public List<Regulation> all() {
            return List.copyOf(regulationVersions);
        }

        @Override
        public boolean add(Regulation version) {
            if (regulationVersions.stream().anyMatch(r -> r.id().equals(version.id()) && r.version() == version.version())) {
                return false;
            }
            return regulationVersions.add(version);
        }
    };

    /** As a store would: the same state, no pending events, read with the open agenda holding it. */
    private static Claim reload(Claim c, AgendaPlace place) {
        return Claim.restore(c.id(), c.statement(), c.filedBy(), c.filedAt(), c.position().orElse(null),
                Lifecycle.restore(c.lifecycle().stage(), c.lifecycle().meetingId(), c.lifecycle().transitions(), place),
                c.decision().orElse(null), c.version() + 1);
    }

    private static Meeting reload(Meeting m) {
        return Meeting.restore(m.id(), m.date(), m.agenda(), m.plannedBy(), m.plannedAt(), m.record().orElse(null), m.minutes(), m.version() + 1);
    }

    private static Commendation reload(Commendation c, AgendaPlace place) {
        return Commendation.restore(c.id(), c.petition(), c.filedBy(), c.filedAt(),
                Lifecycle.restore(c.lifecycle().stage(), c.lifecycle().meetingId(), c.lifecycle().transitions(), place),
                c.decision().orElse(null), c.version() + 1);
    }
}
