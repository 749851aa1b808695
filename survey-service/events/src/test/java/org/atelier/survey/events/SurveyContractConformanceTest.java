package org.atelier.survey.events;

import org.atelier.testsupport.contracts.EventContractConformance;

/** Every schema, golden sample and AsyncAPI document this module publishes, checked as external consumers' tools would. */
class SurveyContractConformanceTest extends EventContractConformance {
}
