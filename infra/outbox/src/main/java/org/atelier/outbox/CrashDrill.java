package org.atelier.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fault-injection switch for drills and tests: when armed, the process dies on the spot right after an
 * aggregate's state and events were written and before anything was published, the worst moment for an
 * event to be lost. The recovery sweep of the restarted process must then publish it.
 *
 * <p>Off unless {@code atelier.outbox.crash-drill=halt-after-write} is set; never set it in production.
 */
public class CrashDrill {

    private static final Logger log = LoggerFactory.getLogger(CrashDrill.class);

    private final boolean armed;

    public CrashDrill(boolean armed) {
        this.armed = armed;
        if (armed) {
            log.warn("Outbox crash drill ARMED: this process will halt after its next aggregate write");
        }
    }

    public static CrashDrill disarmed() {
        return new CrashDrill(false);
    }

    void afterWriteBeforePublish() {
        if (armed) {
            log.warn("Outbox crash drill: halting after the write, before the publish");
            Runtime.getRuntime().halt(137);
        }
    }
}
