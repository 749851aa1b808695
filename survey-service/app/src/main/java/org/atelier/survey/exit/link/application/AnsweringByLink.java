package org.atelier.survey.exit.link.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.directory.Directory;
import org.atelier.security.CurrentUser;
import org.atelier.survey.exit.CaseClosed;
import org.atelier.survey.exit.CaseNotFound;
import org.atelier.survey.exit.CasePermissions;
import org.atelier.survey.exit.DepartmentsAtFault;
import org.atelier.survey.exit.ExitInterview;
import org.atelier.survey.exit.ExitInterviews;
import org.atelier.survey.exit.Questionnaire;
import org.atelier.survey.exit.link.LinkRefused;
import org.atelier.survey.exit.link.LinkTokens;
import org.atelier.survey.exit.link.SelfServiceLink;
import org.atelier.survey.exit.link.SelfServiceLinks;

/**
 * The former customer answering by themselves: the case's worker issues (and may revoke) a link; whoever holds it
 * opens the questionnaire without signing in and answers it once, which completes the case as an interview does.
 */
public class AnsweringByLink {

    /** The token, shown once to whoever issued it, and the link as stored. */
    public record Issued(String token, SelfServiceLink link) {
    }

    private final ExitInterviews cases;
    private final SelfServiceLinks links;
    private final DepartmentsAtFault departments;
    private final CompanyCalendar calendar;
    private final Duration validity;

    public AnsweringByLink(ExitInterviews cases, SelfServiceLinks links, Directory directory, CompanyCalendar calendar, Duration validity) {
        this.cases = cases;
        this.links = links;
        this.departments = new DepartmentsAtFault(directory);
        this.calendar = calendar;
        this.validity = validity;
    }

    public Issued issue(CurrentUser caller, String caseId) {
        ExitInterview exitInterview = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        CasePermissions.checkMayWork(caller, exitInterview);
        if (!exitInterview.state().isOpen()) {
            throw new CaseClosed(caseId, exitInterview.state());
        }
        String token = LinkTokens.newToken();
        SelfServiceLink link = SelfServiceLink.issue(UUID.randomUUID().toString(), caseId, LinkTokens.hash(token), caller.username(),
                calendar.now(), validity);
        links.add(link);
        return new Issued(token, link);
    }

    public List<SelfServiceLink> linksOf(CurrentUser caller, String caseId) {
        ExitInterview exitInterview = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        CasePermissions.checkMayRead(caller, exitInterview);
        return links.ofCase(caseId);
    }

    /** @return whether an active link was revoked (false: unknown, used, or revoked already) */
    public boolean revoke(CurrentUser caller, String caseId, String linkId) {
        ExitInterview exitInterview = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        CasePermissions.checkMayWork(caller, exitInterview);
        return links.revoke(caseId, linkId, calendar.now());
    }

    /** The open case behind a usable link. */
    public ExitInterview open(String token) {
        SelfServiceLink link = usable(token, calendar.now());
        return openCase(link);
    }

    public ExitInterview answer(String token, Questionnaire answers) {
        Instant now = calendar.now();
        SelfServiceLink link = usable(token, now);
        ExitInterview exitInterview = openCase(link);
        departments.requireInForce(answers);
        if (!links.claim(link.tokenHash(), now)) {
            throw new LinkRefused(SelfServiceLink.Refusal.USED);
        }
        try {
            exitInterview.completeBySelfService(answers, calendar.today(), now);
            cases.save(exitInterview);
        } catch (RuntimeException notStored) {
            links.release(link.tokenHash());
            throw notStored;
        }
        return exitInterview;
    }

    private SelfServiceLink usable(String token, Instant now) {
        if (!LinkTokens.looksLikeToken(token)) {
            throw new LinkRefused(SelfServiceLink.Refusal.UNKNOWN);
        }
        SelfServiceLink link = links.byTokenHash(LinkTokens.hash(token)).orElseThrow(() -> new LinkRefused(SelfServiceLink.Refusal.UNKNOWN));
        link.refusal(now).ifPresent(refusal -> {
            throw new LinkRefused(refusal);
        });
        return link;
    }

    private ExitInterview openCase(SelfServiceLink link) {
        return cases.find(link.caseId()).filter(found -> found.state().isOpen())
                .orElseThrow(() -> new LinkRefused(SelfServiceLink.Refusal.CASE_CLOSED));
    }
}
