package org.atelier.claims.events;

import org.atelier.testsupport.contracts.EventContractConformance;

/** Every schema, golden sample and AsyncAPI document this module publishes, checked as external consumers' tools would. */
class ClaimsContractConformanceTest extends EventContractConformance {
}
