package org.atelier.reporting.rebuild;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The read models that can be rebuilt from the topics, each with the collections it owns. A view's collections are
 * replaced together, so a report never reads one rebuilt collection beside an old one.
 */
public enum RebuildableView {

    CHURN("churn", "atelier.topics.loyalty", List.of("churn_lost_customers", "churn_withdrawn_losses")),
    EXIT_INTERVIEWS("exit-interviews", "atelier.topics.survey", List.of("churn_interview_facts")),
    CLAIMS("claims", "atelier.topics.claims", List.of("claim_outcome_facts")),
    POOL("pool", "atelier.topics.loyalty", List.of("pool_annual_figures", "pool_loyalty_facts")),
    MATRIX("matrix", "atelier.topics.survey", List.of("matrix_facts"));

    private final String id;
    private final String topicProperty;
    private final List<String> collections;

    RebuildableView(String id, String topicProperty, List<String> collections) {
        this.id = id;
        this.topicProperty = topicProperty;
        this.collections = collections;
    }

    /** The name used in the API and the CLI, e.g. {@code exit-interviews}. */
    public String id() {
        return id;
    }

    /** The property naming the topic the view is built from. */
    public String topicProperty() {
        return topicProperty;
    }

    /** The collections' own (first) names. */
    public List<String> collections() {
        return collections;
    }

    public static Optional<RebuildableView> byId(String id) {
        return Arrays.stream(values()).filter(view -> view.id.equals(id)).findFirst();
    }

    /** The view owning a collection (by its own name). */
    public static Optional<RebuildableView> owning(String collection) {
        return Arrays.stream(values()).filter(view -> view.collections.contains(collection)).findFirst();
    }
}
