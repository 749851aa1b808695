package org.atelier.events.envelope;

/**
 * Header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode.
 *
 * <p>The event's attributes travel as Kafka headers with the {@code ce_} prefix and the payload is the
 * plain JSON body, so any consumer (CRM, ERP, BI) can read the data without knowing CloudEvents, and any
 * CloudEvents SDK can read the attributes. Spring's own converter defaults to {@code ce-}; we spell the
 * prefix out here so every producer and consumer agrees.
 */
public final class CloudEventHeaders {

    public static final String PREFIX = "ce_";
    public static final String SPEC_VERSION = PREFIX + "specversion";
    public static final String ID = PREFIX + "id";
    public static final String SOURCE = PREFIX + "source";
    public static final String TYPE = PREFIX + "type";
    public static final String TIME = PREFIX + "time";
    public static final String SUBJECT = PREFIX + "subject";
    /** Kafka binary mode carries {@code datacontenttype} as the plain {@code content-type} header. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
