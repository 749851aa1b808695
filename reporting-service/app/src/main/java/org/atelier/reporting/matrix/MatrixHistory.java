package org.atelier.reporting.matrix;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The campaigns as the facts tell them. A campaign exists once its opening has arrived; the first opening and the
 * first closing of a campaign id count, and a response counts once per response id, so an event published twice
 * (under two event ids) changes nothing either. Campaigns are ordered by their opening time, then id.
 */
public final class MatrixHistory {

    private static final Comparator<Campaign> BY_OPENING = Comparator.comparing(Campaign::openedAt).thenComparing(Campaign::campaignId);

    private final List<Campaign> campaigns;

    private MatrixHistory(List<Campaign> campaigns) {
        this.campaigns = campaigns;
    }

    public static MatrixHistory of(List<Campaign> openings, List<MatrixFacts.ClosingFact> closings) {
        Map<String, Campaign> byId = new LinkedHashMap<>();
        openings.forEach(opening -> byId.putIfAbsent(opening.campaignId(), opening));
        Map<String, Campaign.Closing> closed = new HashMap<>();
        closings.forEach(fact -> closed.putIfAbsent(fact.campaignId(), fact.closing()));
        List<Campaign> campaigns = byId.values().stream()
                .map(campaign -> closed.containsKey(campaign.campaignId()) ? campaign.closedWith(closed.get(campaign.campaignId())) : campaign)
                .sorted(BY_OPENING).toList();
        return new MatrixHistory(campaigns);
    }

    /** Oldest first. */
    public List<Campaign> campaigns() {
        return campaigns;
    }

    public Optional<Campaign> campaign(String campaignId) {
        return campaigns.stream().filter(campaign -> campaign.campaignId().equals(campaignId)).findFirst();
    }

    /** The latest campaign opened before this one. */
    public Optional<Campaign> previous(Campaign campaign) {
        return campaigns.stream().filter(other -> BY_OPENING.compare(other, campaign) < 0).reduce((first, second) -> second);
    }

    /** The latest-opened of the closed campaigns. */
    public Optional<Campaign> latestClosed() {
        return campaigns.stream().filter(campaign -> campaign.state() == Campaign.State.CLOSED).reduce((first, second) -> second);
    }

    /** Each response id once, the first stored. */
    public static List<Response> distinct(List<Response> responses) {
        Set<String> seen = new HashSet<>();
        return responses.stream().filter(response -> seen.add(response.responseId())).toList();
    }

    public static Map<String, Integer> responseCounts(List<MatrixFacts.ResponseRef> refs) {
        Map<String, Set<String>> ids = new HashMap<>();
        refs.forEach(ref -> ids.computeIfAbsent(ref.campaignId(), id -> new HashSet<>()).add(ref.responseId()));
        Map<String, Integer> counts = new HashMap<>();
        ids.forEach((campaign, responses) -> counts.put(campaign, responses.size()));
        return counts;
    }
}
