package org.atelier.localstack;

/** One part of the local system that runs as its own process: Kafka, MongoDB or a service. */
interface Component {

    /** Names its log file, pid file and console lines. */
    String name();

    /** Launches the process without waiting for it to be ready. */
    ChildProcess start();

    /** One quick probe; the launcher polls it until it answers true, the process dies or time runs out. */
    boolean isReady();
}
