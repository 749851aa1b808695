package org.atelier.survey.exit.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.outbox.OutboxMessage;
import org.atelier.survey.exit.Assignment;
import org.atelier.survey.exit.Attempt;
import org.atelier.survey.exit.AttemptOutcome;
import org.atelier.survey.exit.CaseState;
import org.atelier.survey.exit.CompletionChannel;
import org.atelier.survey.exit.ConcurrentChange;
import org.atelier.survey.exit.ExitInterview;
import org.atelier.survey.exit.ExitInterviews;
import org.atelier.survey.exit.OutreachChannel;
import org.atelier.survey.exit.Questionnaire;
import org.atelier.survey.exit.Reason;
import org.atelier.survey.exit.ReasonCode;
import org.atelier.survey.exit.WouldReturn;
import org.atelier.survey.exit.messaging.ExitInterviewEventTranslator;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Cases in MongoDB; state and new events are written together by {@link AggregateDocuments}. */
public class MongoExitInterviews implements ExitInterviews {

    private final MongoTemplate mongo;
    private final ExitInterviewEventTranslator translator;
    private final AggregateDocuments documents;
    private final Clock clock;

    public MongoExitInterviews(MongoTemplate mongo, ExitInterviewEventTranslator translator, AggregateDocuments documents, Clock clock) {
        this.mongo = mongo;
        this.translator = translator;
        this.documents = documents;
        this.clock = clock;
    }

    public void ensureIndexes() {
        mongo.indexOps(ExitInterviewDocument.class).createIndex(new Index().on("customerId", Sort.Direction.ASC).on("state", Sort.Direction.ASC));
        mongo.indexOps(ExitInterviewDocument.class).createIndex(new Index().on("assignee", Sort.Direction.ASC));
        mongo.indexOps(ExitInterviewDocument.class).createIndex(new Index().on("assigneeDepartment", Sort.Direction.ASC));
        mongo.indexOps(ExitInterviewDocument.class).createIndex(new Index().on("lostYear", Sort.Direction.ASC));
    }

    @Override
    public Optional<ExitInterview> find(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, ExitInterviewDocument.class)).map(MongoExitInterviews::toCase);
    }

    @Override
    public boolean save(ExitInterview exitInterview) {
        List<OutboxMessage> events = exitInterview.newEvents().stream()
                .map(event -> translator.toOutbox(exitInterview, event, clock.instant())).toList();
        boolean saved = documents.save(toDocument(exitInterview, exitInterview.version() + 1, events), exitInterview.id(),
                exitInterview.version(), events);
        if (!saved && !exitInterview.isNew()) {
            throw new ConcurrentChange(exitInterview.id());
        }
        return saved;
    }

    @Override
    public Optional<ExitInterview> openOf(String customerId) {
        Query query = Query.query(Criteria.where("customerId").is(customerId).and("state").is(CaseState.OPEN.name()));
        return Optional.ofNullable(mongo.findOne(query, ExitInterviewDocument.class)).map(MongoExitInterviews::toCase);
    }

    @Override
    public List<ExitInterview> worklist(String assignee, String department) {
        Criteria mine = Criteria.where("assignee").is(assignee);
        Criteria criteria = department == null ? mine : new Criteria().orOperator(mine, Criteria.where("assigneeDepartment").is(department));
        List<ExitInterview> found = mongo.find(Query.query(criteria).with(Sort.by("dueOn", "_id")), ExitInterviewDocument.class).stream()
                .map(MongoExitInterviews::toCase).toList();
        // Open cases first: they are the work; closed ones stay below for reference.
        return java.util.stream.Stream.concat(found.stream().filter(c -> c.state().isOpen()), found.stream().filter(c -> !c.state().isOpen()))
                .toList();
    }

    @Override
    public List<ExitInterview> lostIn(int year) {
        Query query = Query.query(Criteria.where("lostYear").is(year)).with(Sort.by("lostOn", "_id"));
        return mongo.find(query, ExitInterviewDocument.class).stream().map(MongoExitInterviews::toCase).toList();
    }

    private static ExitInterviewDocument toDocument(ExitInterview c, long version, List<OutboxMessage> outbox) {
        List<ExitInterviewDocument.AttemptDocument> attempts = c.attempts().stream()
                .map(a -> new ExitInterviewDocument.AttemptDocument(a.number(), a.channel().name(), a.on(), a.outcome().name(), a.loggedBy(),
                        a.loggedAt()))
                .toList();
        Questionnaire q = c.questionnaire();
        ExitInterviewDocument.QuestionnaireDocument questionnaire = q == null ? null : new ExitInterviewDocument.QuestionnaireDocument(
                q.reasons().stream().map(r -> new ExitInterviewDocument.ReasonDocument(r.code().name(), r.primary(), r.departmentsAtFault()))
                        .toList(),
                q.wouldHaveKept(), q.wouldReturn().name(), q.comment());
        return new ExitInterviewDocument(c.id(), c.lossEventId(), c.customerId(), c.customerName(), c.significance(), c.lostOn(),
                c.lossRecordedAt(), c.lostOn().getYear(), c.dueOn(), c.customerDepartment(), c.assignment().assignee(), c.assignment().department(),
                c.openedAt(), attempts, c.state().name(), questionnaire, c.completedBy() == null ? null : c.completedBy().name(),
                c.closedOn(), version, outbox);
    }

    private static ExitInterview toCase(ExitInterviewDocument d) {
        List<Attempt> attempts = d.attempts() == null ? List.of() : d.attempts().stream()
                .map(a -> new Attempt(a.number(), OutreachChannel.valueOf(a.channel()), a.on(), AttemptOutcome.valueOf(a.outcome()),
                        a.loggedBy(), a.loggedAt()))
                .toList();
        Questionnaire questionnaire = d.questionnaire() == null ? null : new Questionnaire(
                d.questionnaire().reasons().stream().map(r -> new Reason(ReasonCode.valueOf(r.code()), r.primary(), r.departmentsAtFault()))
                        .toList(),
                d.questionnaire().wouldHaveKept(), WouldReturn.valueOf(d.questionnaire().wouldReturn()), d.questionnaire().comment());
        return ExitInterview.restore(d.id(), d.lossEventId(), d.customerId(), d.customerName(), d.significance(), d.lostOn(), d.lossRecordedAt(), d.dueOn(),
                d.customerDepartment(), new Assignment(d.assignee(), d.assigneeDepartment()), d.openedAt(), attempts,
                CaseState.valueOf(d.state()), questionnaire, d.completedBy() == null ? null : CompletionChannel.valueOf(d.completedBy()),
                d.closedOn(), d.version());
    }
}
