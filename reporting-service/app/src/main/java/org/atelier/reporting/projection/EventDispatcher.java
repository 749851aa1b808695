package org.atelier.reporting.projection;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.atelier.events.envelope.EventType;
import org.atelier.events.envelope.MalformedEnvelopeException;
import org.atelier.inbox.IncomingEvent;
import org.atelier.inbox.NonConformingEvent;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;

/**
 * What every projection of a topic does, once: read each message as an event, hand the event types the view uses to
 * their reader (which turns the payload into the view's fact, or refuses it as {@link UnreadableEvent}), apply the
 * facts of a batch to the read model with one write per target, skip the types the view has no use for, and tell the
 * freshness view of every event done with. A view registers its types with {@link #on}.
 *
 * <p>A batch is the records of one poll, in the order of the partition they came from. Facts are grouped by the
 * {@link Applier} they go to, keeping their order; each applier gets its facts in one call. When a message is not a
 * readable event, the facts before it are applied first and the batch fails at its index
 * ({@link BatchListenerFailedException}), so the container commits what came before, sends that record to the
 * dead-letter topic and delivers the rest again.
 */
public abstract class EventDispatcher {

    /** Turns an event of one type into the fact its view keeps. */
    @FunctionalInterface
    public interface Reader<T> {

        /** @throws UnreadableEvent when the payload breaks the view's copy of the contract */
        T read(IncomingEvent event);
    }

    /** Applies facts to a read model, at most once each however often they are delivered. */
    @FunctionalInterface
    public interface Applier<T> {

        /** @return how many of the facts changed the read model (the others had been applied before) */
        int applyAll(List<T> facts);

        /** An applier over a write of one fact at a time. */
        static <T> Applier<T> oneByOne(Predicate<T> applyOnce) {
            return facts -> (int) facts.stream().filter(applyOnce).count();
        }
    }

    /** What the live consumers send to the dead-letter topic instead of applying, and a rebuild skips likewise. */
    private static final Set<Class<? extends RuntimeException>> UNREADABLE =
            Set.of(MalformedEnvelopeException.class, NonConformingEvent.class, UnreadableEvent.class);

    private record Route<T>(Reader<? extends T> reader, Applier<T> applier) {
    }

    private record Failure(int index, RuntimeException cause) {
    }

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final Map<EventType, Route<?>> routes = new LinkedHashMap<>();
    private final EventsSeen seen;

    /** @param seen told of every event done with, for the freshness view */
    protected EventDispatcher(EventsSeen seen) {
        this.seen = seen;
    }

    /** Events of the type are read by the reader and their facts applied by the applier. */
    protected final <T> void on(EventType type, Reader<? extends T> reader, Applier<T> applier) {
        routes.put(type, new Route<>(reader, applier));
    }

    /** Whether the failure means the message can never be applied (and goes to the dead-letter topic). */
    public static boolean isUnreadable(Throwable failure) {
        return UNREADABLE.stream().anyMatch(type -> type.isInstance(failure));
    }

    /**
     * The records of one poll as a batch-mode binding delivers them.
     *
     * @throws BatchListenerFailedException as {@link #acceptBatch}
     */
    public void acceptPoll(Message<List<byte[]>> poll) {
        acceptBatch(PolledMessages.split(poll));
    }

    /**
     * The messages of one poll, in order.
     *
     * @throws BatchListenerFailedException with the index of the first message that is not a readable event, once
     *                                      everything before it is applied
     */
    public void acceptBatch(List<Message<byte[]>> messages) {
        project(messages).ifPresent(failure -> {
            throw new BatchListenerFailedException(failure.cause().getMessage(), failure.cause(), failure.index());
        });
    }

    private Optional<Failure> project(List<Message<byte[]>> messages) {
        Batch batch = new Batch();
        for (int index = 0; index < messages.size(); index++) {
            Message<byte[]> message = messages.get(index);
            try {
                IncomingEvent event = IncomingEvent.from(message);
                Route<?> route = routes.get(event.metadata().type());
                if (route == null) {
                    batch.notUsed(message, event);
                } else {
                    batch.add(route, route.reader().read(event), message, event);
                }
            } catch (RuntimeException failure) {
                if (!isUnreadable(failure)) {
                    throw failure;
                }
                batch.apply();
                return Optional.of(new Failure(index, failure));
            }
        }
        batch.apply();
        return Optional.empty();
    }

    /** The facts of a batch per applier, and every event in order for the freshness view once they are applied. */
    private final class Batch {

        private record Seen(Message<byte[]> message, IncomingEvent event, boolean used) {
        }

        private final Map<Applier<?>, List<Object>> facts = new IdentityHashMap<>();
        private final List<Applier<?>> order = new ArrayList<>();
        private final List<Seen> seenInOrder = new ArrayList<>();

        void add(Route<?> route, Object fact, Message<byte[]> message, IncomingEvent event) {
            facts.computeIfAbsent(route.applier(), applier -> {
                order.add(applier);
                return new ArrayList<>();
            }).add(fact);
            seenInOrder.add(new Seen(message, event, true));
        }

        void notUsed(Message<byte[]> message, IncomingEvent event) {
            log.debug("Skipping {} {}", event.metadata().type(), event.id());
            seenInOrder.add(new Seen(message, event, false));
        }

        void apply() {
            for (Applier<?> applier : order) {
                List<Object> ofApplier = facts.get(applier);
                int changed = applyAll(applier, ofApplier);
                if (changed < ofApplier.size()) {
                    log.info("{} of {} event(s) were already applied; their redelivery changed nothing", ofApplier.size() - changed,
                            ofApplier.size());
                }
            }
            for (Seen each : seenInOrder) {
                if (each.used()) {
                    seen.applied(each.message(), each.event());
                } else {
                    seen.notUsed(each.message(), each.event());
                }
            }
        }

        @SuppressWarnings("unchecked")
        private static <T> int applyAll(Applier<T> applier, List<Object> facts) {
            return applier.applyAll((List<T>) facts);
        }
    }
}
