package org.atelier.localstack;

/**
 * One TCP port the local system binds, who binds it, and the environment variable that moves it; the variable
 * lets a port-conflict message tell the user exactly how to pick another port.
 */
record PortUse(int port, String component, String variable) {
}
