package org.atelier.loyalty.customer.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.atelier.loyalty.customer.ClubMembershipChange;
import org.atelier.loyalty.customer.ConcurrentChange;
import org.atelier.loyalty.customer.CustomerState;
import org.atelier.loyalty.customer.ProfileChange;
import org.atelier.loyalty.customer.Reward;
import org.atelier.loyalty.programme.PointsAccount;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerFilter;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.CustomerStatus;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.Loss;
import org.atelier.loyalty.customer.LossReason;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.customer.Purchase;
import org.atelier.loyalty.customer.PurchaseReversal;
import org.atelier.loyalty.customer.WithdrawnLoss;
import org.atelier.loyalty.customer.ReasonCode;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.SignificanceChange;
import org.atelier.loyalty.customer.TaxId;
import org.atelier.loyalty.customer.messaging.CustomerEventTranslator;
import org.atelier.outbox.OutboxMessage;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.loyalty.customer.CustomerName;
import org.atelier.loyalty.customer.CustomerSort;
import org.atelier.loyalty.customer.SimilarCustomer;
import org.atelier.loyalty.customer.TaxIdTaken;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Customers in MongoDB; state and new events are written together by {@link AggregateDocuments}. */
public class MongoCustomers implements Customers {

    static final String TAX_ID = "profile.taxId";
    static final String TAX_ID_INDEX = "taxId_unique";
    /** More customers of one name than a warning can usefully list. */
    private static final int MAX_SAME_NAME = 20;

    private final MongoTemplate mongo;
    private final CustomerEventTranslator translator;
    private final AggregateDocuments documents;
    private final Clock clock;

    public MongoCustomers(MongoTemplate mongo, CustomerEventTranslator translator, AggregateDocuments documents, Clock clock) {
        this.mongo = mongo;
        this.translator = translator;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), CustomerDocument.class)).map(MongoCustomers::toCustomer);
    }

    /**
     * One tax id, one customer, also when two registrations race past the use case's check: a unique index, sparse
     * because most customers have no tax id stored at all (an empty one is left out of the document).
     */
    public void ensureIndexes() {
        mongo.indexOps(CustomerDocument.class).createIndex(new Index().on(TAX_ID, Sort.Direction.ASC).unique().sparse()
                .named(TAX_ID_INDEX));
    }

    @Override
    public List<Customer> list(CustomerFilter filter, CustomerSort sort, int page, int size) {
        Sort.Direction direction = sort.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort order = switch (sort.field()) {
            case NAME -> Sort.by(direction, "name", "_id");
            case SIGNIFICANCE -> Sort.by(direction, "significance").and(Sort.by("name", "_id"));
            case STATUS -> Sort.by(direction, "status").and(Sort.by("name", "_id"));
            case LAST_PURCHASE -> Sort.by(direction, "lastPurchaseOn").and(Sort.by("name", "_id"));
            case REGISTERED -> Sort.by(direction, "registeredAt").and(Sort.by("name", "_id"));
        };
        Query query = matching(filter).with(order).skip((long) page * size).limit(size);
        return mongo.find(query, CustomerDocument.class).stream().map(MongoCustomers::toCustomer).toList();
    }

    @Override
    public List<Customer> withSameName(String name) {
        // Each word quoted, any run of spaces between them: "Northwind  TRADING " finds "Northwind Trading".
        String[] words = CustomerName.key(name).split(" ");
        String pattern = "^\\s*" + java.util.Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining("\\s+")) + "\\s*$";
        Query query = Query.query(Criteria.where("name").regex(pattern, "i")).with(Sort.by("name", "_id")).limit(MAX_SAME_NAME);
        return mongo.find(query, CustomerDocument.class).stream().map(MongoCustomers::toCustomer).toList();
    }

    @Override
    public Optional<Customer> withTaxId(TaxId taxId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where(TAX_ID).is(taxId.value())), CustomerDocument.class))
                .map(MongoCustomers::toCustomer);
    }

    @Override
    public long count(CustomerFilter filter) {
        return mongo.count(matching(filter), CustomerDocument.class);
    }

    @Override
    public List<Customer> inIdOrderAfter(CustomerId after, int size) {
        Query query = new Query().with(Sort.by("_id")).limit(size);
        if (after != null) {
            query.addCriteria(Criteria.where("_id").gt(after.toString()));
        }
        return mongo.find(query, CustomerDocument.class).stream().map(MongoCustomers::toCustomer).toList();
    }

    private static Query matching(CustomerFilter filter) {
        Query query = new Query();
        if (filter.nameContains() != null) {
            // Quoted: what people type is text to find, never a pattern to run. One box finds a name or an INN.
            String quoted = Pattern.quote(filter.nameContains());
            query.addCriteria(new Criteria().orOperator(Criteria.where("name").regex(quoted, "i"), Criteria.where(TAX_ID).regex(quoted)));
        }
        if (filter.significance() != null) {
            query.addCriteria(Criteria.where("significance").is(filter.significance().name()));
        }
        if (filter.status() != null) {
            query.addCriteria(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.manager() != null) {
            query.addCriteria(Criteria.where("profile.accountManager").regex("^" + Pattern.quote(filter.manager()) + "$", "i"));
        }
        if (filter.loyal() != null) {
            query.addCriteria(Criteria.where("loyal").is(filter.loyal()));
        }
        return query;
    }

    @Override
    public void save(Customer customer) {
        List<OutboxMessage> events = customer.newEvents().stream().map(event -> translator.toOutbox(event, clock.instant())).toList();
        boolean saved;
        try {
            saved = documents.save(toDocument(customer, customer.version() + 1, events), customer.id().toString(), customer.version(), events);
        } catch (DuplicateKeyException taxIdGivenMeanwhile) {
            // An update: only the tax id's index can clash.
            throw taxIdTaken(customer);
        }
        if (!saved) {
            // A new customer that could not be inserted: either its tax id was registered meanwhile, or the id exists.
            if (customer.isNew() && customer.profile().taxId() != null
                    && withTaxId(customer.profile().taxId()).filter(other -> !other.id().equals(customer.id())).isPresent()) {
                throw taxIdTaken(customer);
            }
            throw new ConcurrentChange(customer.id());
        }
    }

    private TaxIdTaken taxIdTaken(Customer customer) {
        TaxId taxId = customer.profile().taxId();
        return new TaxIdTaken(taxId, taxId == null ? null : withTaxId(taxId).map(SimilarCustomer::of).orElse(null));
    }

    private static CustomerDocument toDocument(Customer customer, long version, List<OutboxMessage> outbox) {
        CustomerDocument.LossDocument loss = customer.loss().map(MongoCustomers::toDocument).orElse(null);
        List<CustomerDocument.PurchaseDocument> purchases = customer.purchases().stream()
                .map(purchase -> new CustomerDocument.PurchaseDocument(purchase.purchaseId(), purchase.amount().minorUnits(),
                        purchase.amount().currency().getCurrencyCode(), purchase.date(), purchase.contractReference()))
                .toList();
        CustomerProfile profile = customer.profile();
        CustomerDocument.ProfileDocument profileDocument = new CustomerDocument.ProfileDocument(
                profile.taxId() == null ? null : profile.taxId().value(), profile.segment(), profile.region(),
                profile.accountManager(), profile.department() == null ? null : profile.department().value(), profile.cooperationSince());
        List<CustomerDocument.SignificanceChangeDocument> history = customer.significanceHistory().stream()
                .map(change -> new CustomerDocument.SignificanceChangeDocument(change.from().name(), change.to().name(),
                        change.changedBy(), change.changedAt(), change.reason()))
                .toList();
        List<CustomerDocument.ClubChangeDocument> club = customer.clubHistory().stream()
                .map(change -> new CustomerDocument.ClubChangeDocument(change.member(), change.changedBy(), change.changedAt())).toList();
        List<CustomerDocument.AccrualDocument> accruals = customer.points().accruals().stream()
                .map(accrual -> new CustomerDocument.AccrualDocument(accrual.purchaseId(), accrual.earnedOn(), accrual.points(),
                        accrual.expiresOn())).toList();
        List<CustomerDocument.RedemptionDocument> redemptions = customer.points().redemptions().stream()
                .map(redemption -> new CustomerDocument.RedemptionDocument(redemption.redemptionId(), redemption.redeemedOn(),
                        redemption.points(), redemption.value().minorUnits(), redemption.value().currency().getCurrencyCode(),
                        redemption.reference(), redemption.redeemedBy())).toList();
        List<CustomerDocument.RewardDocument> rewards = customer.rewards().stream()
                .map(reward -> new CustomerDocument.RewardDocument(reward.rewardId(), reward.what(), reward.grantedOn(), reward.why(),
                        reward.grantedBy(), reward.recordedAt())).toList();
        return new CustomerDocument(customer.id().toString(), customer.name(), customer.significance().name(), profileDocument,
                history, customer.registeredAt(), customer.status().name(), loss, purchases, customer.isLoyal(), club, accruals, redemptions, rewards,
                customer.profileChanges().stream().map(change -> new CustomerDocument.ProfileChangeDocument(change.fields(),
                        change.changedBy(), change.changedAt())).toList(), version, outbox,
                customer.lastPurchaseOn().orElse(null),
                customer.purchaseReversals().stream().map(reversal -> new CustomerDocument.ReversalDocument(reversal.purchaseId(),
                        reversal.reversedBy(), reversal.reason(), reversal.reversedAt(), reversal.pointsTakenBack(),
                        reversal.pointsNotRecovered())).toList(),
                customer.withdrawnLosses().stream().map(withdrawn -> new CustomerDocument.WithdrawnLossDocument(toDocument(withdrawn.loss()),
                        withdrawn.withdrawnBy(), withdrawn.reason(), withdrawn.withdrawnAt())).toList());
    }

    private static CustomerDocument.LossDocument toDocument(Loss loss) {
        List<CustomerDocument.ReasonDocument> reasons = loss.reasons().stream()
                .map(reason -> new CustomerDocument.ReasonDocument(reason.code().name(), reason.primary(),
                        reason.departmentsAtFault().stream().map(DepartmentCode::value).sorted().toList()))
                .toList();
        return new CustomerDocument.LossDocument(loss.competitor(), loss.lostOn(), reasons, loss.note(), loss.recordedAt());
    }

    private static Customer toCustomer(CustomerDocument document) {
        Loss loss = document.loss() == null ? null : toLoss(document.loss());
        List<Purchase> purchases = document.purchases() == null ? List.of() : document.purchases().stream()
                .map(purchase -> new Purchase(purchase.purchaseId(), Money.of(purchase.amountMinor(), purchase.currency()),
                        purchase.date(), purchase.contractReference()))
                .toList();
        CustomerDocument.ProfileDocument stored = document.profile();
        CustomerProfile profile = stored == null ? CustomerProfile.EMPTY : new CustomerProfile(
                stored.taxId() == null ? null : new TaxId(stored.taxId()), stored.segment(), stored.region(), stored.accountManager(),
                stored.department() == null ? null : new DepartmentCode(stored.department()), stored.cooperationSince());
        List<SignificanceChange> history = document.significanceHistory() == null ? List.of() : document.significanceHistory().stream()
                .map(change -> new SignificanceChange(Significance.valueOf(change.from()), Significance.valueOf(change.to()),
                        change.changedBy(), change.changedAt(), change.reason()))
                .toList();
        List<ClubMembershipChange> club = listOf(document.clubHistory()).stream()
                .map(change -> new ClubMembershipChange(change.member(), change.changedBy(), change.changedAt())).toList();
        PointsAccount points = new PointsAccount(
                listOf(document.pointsAccrued()).stream().map(accrual -> new PointsAccount.Accrual(accrual.purchaseId(),
                        accrual.earnedOn(), accrual.points(), accrual.expiresOn())).toList(),
                listOf(document.pointsRedeemed()).stream().map(redemption -> new PointsAccount.Redemption(redemption.redemptionId(),
                        redemption.redeemedOn(), redemption.points(), Money.of(redemption.valueMinor(), redemption.currency()),
                        redemption.reference(), redemption.redeemedBy())).toList());
        List<Reward> rewards = listOf(document.rewards()).stream().map(reward -> new Reward(reward.rewardId(), reward.what(),
                reward.grantedOn(), reward.why(), reward.grantedBy(), reward.recordedAt())).toList();
        return Customer.restore(new CustomerState(CustomerId.parse(document.id()).orElseThrow(), document.name(),
                Significance.valueOf(document.significance()), profile, history, document.registeredAt(),
                CustomerStatus.valueOf(document.status()), loss, purchases, document.loyal(), club, points, rewards,
                listOf(document.profileChanges()).stream().map(change -> new ProfileChange(change.fields(), change.changedBy(),
                        change.changedAt())).toList(), document.version(),
                listOf(document.purchaseReversals()).stream().map(reversal -> new PurchaseReversal(reversal.purchaseId(),
                        reversal.reversedBy(), reversal.reason(), reversal.reversedAt(), reversal.pointsTakenBack(),
                        reversal.pointsNotRecovered())).toList(),
                listOf(document.withdrawnLosses()).stream().map(withdrawn -> new WithdrawnLoss(toLoss(withdrawn.loss()),
                        withdrawn.withdrawnBy(), withdrawn.reason(), withdrawn.withdrawnAt())).toList()));
    }

    private static <T> List<T> listOf(List<T> stored) {
        return stored == null ? List.of() : stored;
    }

    private static Loss toLoss(CustomerDocument.LossDocument loss) {
        List<LossReason> reasons = loss.reasons().stream()
                .map(reason -> new LossReason(ReasonCode.valueOf(reason.code()), reason.primary(),
                        reason.departmentsAtFault().stream().map(DepartmentCode::new).collect(Collectors.toSet())))
                .toList();
        return new Loss(loss.competitor(), loss.lostOn(), reasons, loss.note(), loss.recordedAt());
    }

}
