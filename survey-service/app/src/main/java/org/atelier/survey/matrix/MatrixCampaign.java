package org.atelier.survey.matrix;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.atelier.directory.ManagementLevel;
import org.atelier.survey.common.RuleViolation;

/**
 * One run of the responsibility-matrix survey, asked of three management levels at once.
 *
 * <p>Everything a response is judged against is frozen at the opening: the tasks and departments (rows and
 * columns), and the invited people with their level and department. The campaign knows invitees only by their
 * respondent key ({@link RespondentKeys}); a submitted response keeps a random id, the level and department, and the
 * answers, and the keys of those who submitted are kept apart from the responses (sorted by key, responses by their
 * random id), so nothing stored pairs a key with an answer.
 */
public final class MatrixCampaign {

    /** The levels every campaign asks, as the article runs the survey. */
    public static final Set<ManagementLevel> LEVELS =
            EnumSet.of(ManagementLevel.TOP_MANAGEMENT, ManagementLevel.DIVISION_HEAD, ManagementLevel.COMMERCIAL_STAFF);

    private final String id;
    private final String title;
    private final LocalDate endsOn;
    private final CampaignCatalogue catalogue;
    private final List<String> invitedDepartments;
    private final Map<String, Invitee> invitees;
    private final TreeSet<String> submittedKeys;
    private final Map<String, Matrix> drafts;
    private final List<SubmittedResponse> responses;
    private final Instant openedAt;
    private CampaignState state;
    private ClosedBy closedBy;
    private Instant closedAt;
    private final long version;
    private final List<MatrixCampaignEvent> newEvents = new ArrayList<>();

    private MatrixCampaign(String id, String title, LocalDate endsOn, CampaignCatalogue catalogue, List<String> invitedDepartments,
                           Map<String, Invitee> invitees, Set<String> submittedKeys, Map<String, Matrix> drafts,
                           List<SubmittedResponse> responses, Instant openedAt, CampaignState state, ClosedBy closedBy, Instant closedAt,
                           long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = title;
        this.endsOn = Objects.requireNonNull(endsOn, "endsOn");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.invitedDepartments = List.copyOf(invitedDepartments);
        this.invitees = Map.copyOf(invitees);
        this.submittedKeys = new TreeSet<>(submittedKeys);
        this.drafts = new HashMap<>(drafts);
        this.responses = new ArrayList<>(responses);
        this.openedAt = openedAt;
        this.state = Objects.requireNonNull(state, "state");
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.version = version;
    }

    /**
     * Opens a campaign: freezes the catalogue and invites the given people of the three levels who sit in the
     * invited departments. Usernames are turned into keys here and go no further.
     *
     * @param invitedDepartments the departments whose people are invited; each must be a column of the matrix
     */
    public static MatrixCampaign open(String id, String title, LocalDate endsOn, CampaignCatalogue catalogue, List<String> invitedDepartments,
                                      List<Respondent> people, RespondentKeys keys, LocalDate today, Instant now) {
        if (title != null && title.length() > 200) {
            throw new RuleViolation("title", "campaign.titleTooLong", "A title is at most 200 characters");
        }
        if (endsOn == null) {
            throw new RuleViolation("endsOn", "campaign.endRequired", "Give the campaign''s last day");
        }
        if (endsOn.isBefore(today)) {
            throw new RuleViolation("endsOn", "campaign.endInPast", "The campaign''s last day cannot be before today");
        }
        if (catalogue.tasks().isEmpty()) {
            throw new RuleViolation("tasks", "campaign.noTasks", "The catalogue has no task to ask about");
        }
        if (catalogue.departments().isEmpty()) {
            throw new RuleViolation("departments", "campaign.noDepartments", "There is no department in force to ask about");
        }
        List<String> invited = new ArrayList<>(new TreeSet<>(invitedDepartments));
        if (invited.isEmpty()) {
            throw new RuleViolation("departments", "campaign.noInvitedDepartments", "Invite the people of at least one department");
        }
        for (String department : invited) {
            if (!catalogue.hasDepartment(department)) {
                throw new RuleViolation("departments", "campaign.unknownDepartment", "{0} is not a department in force", department);
            }
        }
        Map<String, Invitee> invitees = new HashMap<>();
        for (Respondent person : people) {
            if (LEVELS.contains(person.level()) && invited.contains(person.department())) {
                invitees.put(keys.keyOf(id, person.username()), new Invitee(person.level(), person.department()));
            }
        }
        MatrixCampaign opened = new MatrixCampaign(id, title, endsOn, catalogue, invited, invitees, Set.of(), Map.of(), List.of(), now,
                CampaignState.OPEN, null, null, 0);
        opened.newEvents.add(new MatrixCampaignEvent.Opened(id, now));
        return opened;
    }

    public static MatrixCampaign restore(String id, String title, LocalDate endsOn, CampaignCatalogue catalogue, List<String> invitedDepartments,
                                         Map<String, Invitee> invitees, Set<String> submittedKeys, Map<String, Matrix> drafts,
                                         List<SubmittedResponse> responses, Instant openedAt, CampaignState state, ClosedBy closedBy,
                                         Instant closedAt, long version) {
        return new MatrixCampaign(id, title, endsOn, catalogue, invitedDepartments, invitees, submittedKeys, drafts, responses, openedAt,
                state, closedBy, closedAt, version);
    }

    /** Where the respondent with this key was invited, if they were. */
    public Optional<Invitee> invitee(String respondentKey) {
        return Optional.ofNullable(invitees.get(respondentKey));
    }

    public boolean hasSubmitted(String respondentKey) {
        return submittedKeys.contains(respondentKey);
    }

    /** Whether the respondent with this key has a draft kept (an empty one included). */
    public boolean hasDraft(String respondentKey) {
        return drafts.containsKey(respondentKey);
    }

    /** The respondent's saved draft, or an empty matrix. */
    public Matrix draftOf(String respondentKey) {
        requireInvited(respondentKey);
        return drafts.getOrDefault(respondentKey, Matrix.empty());
    }

    /** Keeps the respondent's answers so far; a later draft replaces it. */
    public void saveDraft(String respondentKey, Matrix answers, LocalDate today) {
        requireMayAnswer(respondentKey, today);
        drafts.put(respondentKey, Objects.requireNonNull(answers, "answers"));
    }

    /**
     * Submits the respondent's response, once. The draft goes; the response keeps a random id and where its
     * respondent sat, and the key only marks that they have answered.
     *
     * @return the rows that break the one-owner rule; they are accepted all the same
     */
    public List<OwnerRule.RowWarning> submit(String respondentKey, Matrix answers, String responseId, LocalDate today, Instant now) {
        requireMayAnswer(respondentKey, today);
        Objects.requireNonNull(answers, "answers");
        Invitee invitee = invitees.get(respondentKey);
        SubmittedResponse response = new SubmittedResponse(responseId, invitee.level(), invitee.department(), answers);
        drafts.remove(respondentKey);
        submittedKeys.add(respondentKey);
        responses.add(response);
        responses.sort(Comparator.comparing(SubmittedResponse::responseId));
        newEvents.add(new MatrixCampaignEvent.Submitted(id, response, now));
        return OwnerRule.warnings(answers, catalogue);
    }

    /** Management closes the campaign. */
    public void close(Instant now) {
        if (state == CampaignState.CLOSED) {
            throw new CampaignClosed(id);
        }
        closeAs(ClosedBy.HAND, now);
    }

    /**
     * Closes the campaign once its last day has passed; checked whenever the campaign is used, so no scheduler is needed.
     *
     * @return whether it closed now
     */
    public boolean closeIfEnded(LocalDate today, Instant now) {
        if (state == CampaignState.OPEN && today.isAfter(endsOn)) {
            closeAs(ClosedBy.END_DATE, now);
            return true;
        }
        return false;
    }

    public boolean isOpenOn(LocalDate today) {
        return state == CampaignState.OPEN && !today.isAfter(endsOn);
    }

    /** Invited and submitted per level × department, every invited group listed, in level then department order. */
    public List<Progress> progress() {
        Map<ManagementLevel, Map<String, int[]>> counts = new TreeMap<>();
        invitees.values().forEach(invitee -> counts.computeIfAbsent(invitee.level(), level -> new TreeMap<>())
                .computeIfAbsent(invitee.department(), department -> new int[2])[0]++);
        responses.forEach(response -> counts.computeIfAbsent(response.level(), level -> new TreeMap<>())
                .computeIfAbsent(response.department(), department -> new int[2])[1]++);
        List<Progress> progress = new ArrayList<>();
        counts.forEach((level, byDepartment) -> byDepartment.forEach(
                (department, count) -> progress.add(new Progress(level, department, count[0], count[1]))));
        return progress;
    }

    private void closeAs(ClosedBy by, Instant now) {
        state = CampaignState.CLOSED;
        closedBy = by;
        closedAt = now;
        newEvents.add(new MatrixCampaignEvent.Closed(id, by, progress(), now));
    }

    private void requireMayAnswer(String respondentKey, LocalDate today) {
        requireInvited(respondentKey);
        if (!isOpenOn(today)) {
            throw new CampaignClosed(id);
        }
        if (submittedKeys.contains(respondentKey)) {
            throw new AlreadySubmitted(id);
        }
    }

    private void requireInvited(String respondentKey) {
        if (respondentKey == null || !invitees.containsKey(respondentKey)) {
            throw new NotInvited(id);
        }
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public CampaignCatalogue catalogue() {
        return catalogue;
    }

    public List<String> invitedDepartments() {
        return invitedDepartments;
    }

    /** Respondent key → where they were invited; for storing only, never for a read path. */
    public Map<String, Invitee> invitees() {
        return invitees;
    }

    /** Keys of those who have submitted, sorted by key; for storing only. */
    public Set<String> submittedKeys() {
        return Set.copyOf(submittedKeys);
    }

    /** Respondent key → draft; for storing only. */
    public Map<String, Matrix> drafts() {
        return Map.copyOf(drafts);
    }

    /** Submitted responses, ordered by their random id. */
    public List<SubmittedResponse> responses() {
        return List.copyOf(responses);
    }

    public int invitedCount() {
        return invitees.size();
    }

    public int submittedCount() {
        return responses.size();
    }

    public Instant openedAt() {
        return openedAt;
    }

    public CampaignState state() {
        return state;
    }

    public ClosedBy closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }

    /** Invited counts by level → department, for the opening event. */
    public Map<ManagementLevel, Map<String, Integer>> invitedCounts() {
        Map<ManagementLevel, Map<String, Integer>> counts = new LinkedHashMap<>();
        progress().forEach(group -> counts.computeIfAbsent(group.level(), level -> new TreeMap<>()).put(group.department(), group.invited()));
        return counts;
    }

    public List<MatrixCampaignEvent> newEvents() {
        return List.copyOf(newEvents);
    }
}
