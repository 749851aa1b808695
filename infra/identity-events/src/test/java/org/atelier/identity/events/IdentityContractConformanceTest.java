package org.atelier.identity.events;

import org.atelier.testsupport.contracts.EventContractConformance;

/** Every schema, golden sample and AsyncAPI document this module publishes, checked as external consumers' tools would. */
class IdentityContractConformanceTest extends EventContractConformance {
}
