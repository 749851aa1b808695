package org.atelier.reporting.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a view's rebuild collections ({@code <collection>_r<millis>}) nobody needs any more: those of a rebuild
 * that died with its instance, or old ones a switch did not get to drop. A collection is kept when it is
 * <ul>
 *   <li>active (the reports read it),</li>
 *   <li>being built by a rebuild in progress: named {@code building} in the registry while the rebuild log says
 *       {@code RUNNING} with a beat younger than {@link RebuildLog#STALE}, or</li>
 *   <li>younger than {@link #GRACE} by its suffix: a rebuild just started on another instance may have claimed the
 *       log and named its collections after this instance read them; the grace also covers clocks apart by less.</li>
 * </ul>
 * Every other {@code <collection>_r<digits>} of the view is left over. Collections under their own names are never.
 */
public final class LeftoverCollections {

    static final Duration GRACE = RebuildLog.STALE;

    private LeftoverCollections() {
    }

    /**
     * @param existing   every collection of the database
     * @param active     the view's active collections
     * @param inProgress the collections of the view's rebuild in progress, empty when none runs
     */
    public static List<String> of(RebuildableView view, Collection<String> existing, Collection<String> active,
                                  Collection<String> inProgress, Instant now) {
        long youngFrom = now.minus(GRACE).toEpochMilli();
        List<String> leftovers = new ArrayList<>();
        for (String name : existing) {
            Long startedAt = rebuiltAt(view, name);
            if (startedAt != null && startedAt < youngFrom && !active.contains(name) && !inProgress.contains(name)) {
                leftovers.add(name);
            }
        }
        return List.copyOf(leftovers);
    }

    /** The millis a rebuild collection of the view is named with, {@code null} for any other collection. */
    static Long rebuiltAt(RebuildableView view, String name) {
        for (String collection : view.collections()) {
            Matcher matcher = Pattern.compile(Pattern.quote(collection) + "_r(\\d{1,18})").matcher(name);
            if (matcher.matches()) {
                return Long.parseLong(matcher.group(1));
            }
        }
        return null;
    }
}
