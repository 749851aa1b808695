package org.atelier.survey.matrix.persistence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.atelier.directory.ManagementLevel;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.outbox.OutboxMessage;
import org.atelier.survey.exit.ReasonCode;
import org.atelier.survey.matrix.CampaignCatalogue;
import org.atelier.survey.matrix.CampaignChanged;
import org.atelier.survey.matrix.CampaignState;
import org.atelier.survey.matrix.CatalogueTask;
import org.atelier.survey.matrix.ClosedBy;
import org.atelier.survey.matrix.Invitee;
import org.atelier.survey.matrix.Mark;
import org.atelier.survey.matrix.Matrix;
import org.atelier.survey.matrix.MatrixCampaign;
import org.atelier.survey.matrix.MatrixCampaigns;
import org.atelier.survey.matrix.SubmittedResponse;
import org.atelier.survey.matrix.messaging.MatrixCampaignEventTranslator;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Campaigns in MongoDB; state and new events are written together by {@link AggregateDocuments}. */
public class MongoMatrixCampaigns implements MatrixCampaigns {

    private final MongoTemplate mongo;
    private final MatrixCampaignEventTranslator translator;
    private final AggregateDocuments documents;
    private final Clock clock;

    public MongoMatrixCampaigns(MongoTemplate mongo, MatrixCampaignEventTranslator translator, AggregateDocuments documents, Clock clock) {
        this.mongo = mongo;
        this.translator = translator;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public Optional<MatrixCampaign> find(String campaignId) {
        return Optional.ofNullable(mongo.findById(campaignId, MatrixCampaignDocument.class)).map(MongoMatrixCampaigns::toCampaign);
    }

    @Override
    public void save(MatrixCampaign campaign) {
        List<OutboxMessage> events = campaign.newEvents().stream().map(event -> translator.toOutbox(campaign, event, clock.instant())).toList();
        if (!documents.save(toDocument(campaign, campaign.version() + 1, events), campaign.id(), campaign.version(), events)) {
            throw new CampaignChanged(campaign.id());
        }
    }

    @Override
    public List<MatrixCampaign> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "openedAt")), MatrixCampaignDocument.class).stream()
                .map(MongoMatrixCampaigns::toCampaign).toList();
    }

    private static MatrixCampaignDocument toDocument(MatrixCampaign c, long version, List<OutboxMessage> outbox) {
        List<MatrixCampaignDocument.TaskDocument> tasks = c.catalogue().tasks().stream()
                .map(t -> new MatrixCampaignDocument.TaskDocument(t.code(), t.nameEn(), t.nameRu(), t.description(),
                        t.reasons().stream().map(Enum::name).sorted().toList()))
                .toList();
        List<MatrixCampaignDocument.DepartmentDocument> departments = c.catalogue().departments().stream()
                .map(d -> new MatrixCampaignDocument.DepartmentDocument(d.code(), d.nameEn(), d.nameRu())).toList();
        List<MatrixCampaignDocument.InviteeDocument> invitees = new TreeMap<>(c.invitees()).entrySet().stream()
                .map(e -> new MatrixCampaignDocument.InviteeDocument(e.getKey(), e.getValue().level().name(), e.getValue().department())).toList();
        List<MatrixCampaignDocument.DraftDocument> drafts = new TreeMap<>(c.drafts()).entrySet().stream()
                .map(e -> new MatrixCampaignDocument.DraftDocument(e.getKey(), cells(e.getValue()))).toList();
        List<MatrixCampaignDocument.ResponseDocument> responses = c.responses().stream()
                .sorted(Comparator.comparing(SubmittedResponse::responseId))
                .map(r -> new MatrixCampaignDocument.ResponseDocument(r.responseId(), r.level().name(), r.department(), cells(r.matrix())))
                .toList();
        return new MatrixCampaignDocument(c.id(), c.title(), c.endsOn(), tasks, departments, c.invitedDepartments(), invitees,
                c.submittedKeys().stream().sorted().toList(), drafts, responses, c.openedAt(), c.state().name(),
                c.closedBy() == null ? null : c.closedBy().name(), c.closedAt(), version, outbox);
    }

    private static List<MatrixCampaignDocument.CellDocument> cells(Matrix matrix) {
        List<MatrixCampaignDocument.CellDocument> cells = new ArrayList<>();
        matrix.cells().forEach((task, row) -> row.forEach((department, mark) ->
                cells.add(new MatrixCampaignDocument.CellDocument(task, department, mark.name()))));
        return cells;
    }

    private static Matrix matrix(List<MatrixCampaignDocument.CellDocument> cells) {
        Map<String, Map<String, Mark>> rows = new TreeMap<>();
        if (cells != null) {
            cells.forEach(cell -> rows.computeIfAbsent(cell.task(), task -> new TreeMap<>()).put(cell.department(), Mark.valueOf(cell.mark())));
        }
        return Matrix.restore(rows);
    }

    private static MatrixCampaign toCampaign(MatrixCampaignDocument d) {
        CampaignCatalogue catalogue = new CampaignCatalogue(
                d.tasks().stream().map(t -> new CatalogueTask(t.code(), t.nameEn(), t.nameRu(), t.description(), reasons(t.reasons()))).toList(),
                d.departments().stream().map(x -> new CampaignCatalogue.MatrixDepartment(x.code(), x.nameEn(), x.nameRu())).toList());
        Map<String, Invitee> invitees = new HashMap<>();
        if (d.invitees() != null) {
            d.invitees().forEach(i -> invitees.put(i.key(), new Invitee(ManagementLevel.valueOf(i.level()), i.department())));
        }
        Map<String, Matrix> drafts = new HashMap<>();
        if (d.drafts() != null) {
            d.drafts().forEach(draft -> drafts.put(draft.key(), matrix(draft.cells())));
        }
        List<SubmittedResponse> responses = d.responses() == null ? List.of() : d.responses().stream()
                .map(r -> new SubmittedResponse(r.responseId(), ManagementLevel.valueOf(r.level()), r.department(), matrix(r.cells()))).toList();
        return MatrixCampaign.restore(d.id(), d.title(), d.endsOn(), catalogue, d.invitedDepartments(), invitees,
                d.submittedKeys() == null ? java.util.Set.of() : new java.util.HashSet<>(d.submittedKeys()), drafts, responses, d.openedAt(),
                CampaignState.valueOf(d.state()), d.closedBy() == null ? null : ClosedBy.valueOf(d.closedBy()), d.closedAt(), d.version());
    }

    private static EnumSet<ReasonCode> reasons(List<String> codes) {
        EnumSet<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
        if (codes != null) {
            codes.forEach(code -> reasons.add(ReasonCode.valueOf(code)));
        }
        return reasons;
    }
}
