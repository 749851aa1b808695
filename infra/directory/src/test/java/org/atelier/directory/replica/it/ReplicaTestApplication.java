package org.atelier.directory.replica.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest service that keeps a directory replica: what the ITs start, once or several times per test. */
@SpringBootApplication
public class ReplicaTestApplication {
}
