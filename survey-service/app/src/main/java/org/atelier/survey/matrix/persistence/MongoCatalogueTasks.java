package org.atelier.survey.matrix.persistence;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.atelier.survey.common.RuleViolation;
import org.atelier.survey.exit.ReasonCode;
import org.atelier.survey.matrix.CatalogueTask;
import org.atelier.survey.matrix.CatalogueTasks;
import org.atelier.survey.matrix.TaskCatalogue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The task catalogue in MongoDB ({@code matrix_tasks}), one document per task keyed by its code, ordered by position.
 * The default tasks are stored the first time the catalogue is read empty; two instances doing it at once collide on
 * the codes and store each task once.
 */
public class MongoCatalogueTasks implements CatalogueTasks {

    private final MongoTemplate mongo;

    public MongoCatalogueTasks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<CatalogueTask> all() {
        List<TaskDocument> stored = sorted();
        if (stored.isEmpty()) {
            List<CatalogueTask> defaults = TaskCatalogue.defaultTasks();
            for (int position = 0; position < defaults.size(); position++) {
                try {
                    mongo.insert(toDocument(defaults.get(position), position));
                } catch (DuplicateKeyException seededMeanwhile) {
                    // another instance stored this one first
                }
            }
            stored = sorted();
        }
        return stored.stream().map(MongoCatalogueTasks::toTask).toList();
    }

    @Override
    public Optional<CatalogueTask> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return all().stream().filter(task -> task.code().equals(code)).findFirst();
    }

    @Override
    public void add(CatalogueTask task) {
        all();
        TaskDocument last = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "position")).limit(1), TaskDocument.class);
        try {
            mongo.insert(toDocument(task, last == null ? 0 : last.position() + 1));
        } catch (DuplicateKeyException taken) {
            throw new RuleViolation("code", "task.codeTaken", "A task with the code {0} exists already", task.code());
        }
    }

    @Override
    public void replace(CatalogueTask task) {
        TaskDocument current = mongo.findOne(Query.query(Criteria.where("_id").is(task.code())), TaskDocument.class);
        if (current != null) {
            mongo.save(toDocument(task, current.position()));
        }
    }

    private List<TaskDocument> sorted() {
        return mongo.find(new Query().with(Sort.by("position", "_id")), TaskDocument.class);
    }

    private static TaskDocument toDocument(CatalogueTask task, int position) {
        return new TaskDocument(task.code(), task.nameEn(), task.nameRu(), task.description(),
                task.reasons().stream().map(Enum::name).sorted().toList(), position);
    }

    private static CatalogueTask toTask(TaskDocument d) {
        EnumSet<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
        if (d.reasons() != null) {
            d.reasons().forEach(code -> reasons.add(ReasonCode.valueOf(code)));
        }
        return new CatalogueTask(d.code(), d.nameEn(), d.nameRu(), d.description(), reasons);
    }

    @Document(TaskDocument.COLLECTION)
    record TaskDocument(@Id String code, String nameEn, String nameRu, String description, List<String> reasons, int position) {

        static final String COLLECTION = "matrix_tasks";
    }
}
