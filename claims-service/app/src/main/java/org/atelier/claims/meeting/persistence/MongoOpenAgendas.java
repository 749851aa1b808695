package org.atelier.claims.meeting.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.atelier.claims.common.AgendaPlace;
import org.atelier.claims.common.OpenAgendas;
import org.atelier.claims.meeting.AgendaItem;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The open agendas read from the meetings' {@code openAgenda} keys (see {@link MongoMeetings}). */
public class MongoOpenAgendas implements OpenAgendas {

    private final MongoTemplate mongo;

    public MongoOpenAgendas(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<AgendaPlace> placeOf(Kind kind, String itemId) {
        Query holding = Query.query(Criteria.where(MongoMeetings.OPEN_AGENDA).is(MongoMeetings.key(itemKind(kind), itemId)));
        return Optional.ofNullable(mongo.findOne(holding, MongoMeetings.MeetingDocument.class)).map(MongoOpenAgendas::place);
    }

    @Override
    public Map<String, AgendaPlace> places(Kind kind) {
        String prefix = MongoMeetings.key(itemKind(kind), "");
        Map<String, AgendaPlace> byItem = new LinkedHashMap<>();
        for (MongoMeetings.MeetingDocument meeting : mongo.find(Query.query(Criteria.where(MongoMeetings.OPEN_AGENDA).exists(true)),
                MongoMeetings.MeetingDocument.class)) {
            meeting.openAgenda().stream().filter(key -> key.startsWith(prefix))
                    .forEach(key -> byItem.put(key.substring(prefix.length()), place(meeting)));
        }
        return byItem;
    }

    private static AgendaItem.Kind itemKind(Kind kind) {
        return AgendaItem.Kind.valueOf(kind.name());
    }

    private static AgendaPlace place(MongoMeetings.MeetingDocument meeting) {
        return new AgendaPlace(meeting.id(), meeting.date(), meeting.plannedBy(), meeting.plannedAt());
    }
}
