/**
 * A deliberately broken feature, for tests only: {@code ArchitectureTest} proves its rules catch a feature no one
 * listed, by checking them against this package and {@code org.atelier.loyalty.widget}. Never copy it.
 */
package org.atelier.loyalty.gadget;
