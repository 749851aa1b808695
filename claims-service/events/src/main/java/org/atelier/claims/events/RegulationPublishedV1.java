package org.atelier.claims.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Top management or an administrator published a version of a regulation of interaction between departments; a
 * version is never changed afterwards, a change is the next version. Payload of
 * {@code org.atelier.claims.RegulationPublished.v1}; the Kafka key and {@code ce_subject} are the regulation's code, so
 * its versions stay in order.
 *
 * @param inForceTo the last day in force; null while open-ended
 */
public record RegulationPublishedV1(String regulationId, int version, String name, String text, String owningDepartment,
                                    List<String> boundDepartments, LocalDate inForceFrom, LocalDate inForceTo, String publishedBy,
                                    Instant publishedAt) {
}
