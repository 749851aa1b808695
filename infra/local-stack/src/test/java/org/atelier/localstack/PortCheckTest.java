package org.atelier.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void portInUseIsOneActionableLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> PortCheck.requireFree(List.of(new PortUse(port, "Kafka", "ATELIER_KAFKA_PORT"))))
                    .isInstanceOf(AtelierException.class)
                    .hasMessageStartingWith("Port " + port + " (Kafka) is already in use. Stop what uses it, or pick another: ATELIER_KAFKA_PORT=")
                    .hasMessageEndingWith(" ./atelier up")
                    .hasMessageNotContaining(System.lineSeparator());
        }
    }

    @Test
    void suggestedPortIsFree() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String message = PortCheck.conflictMessage(new PortUse(taken.getLocalPort(), "MongoDB", "ATELIER_MONGO_PORT"));

            int suggested = Integer.parseInt(message.replaceAll(".*ATELIER_MONGO_PORT=(\\d+) .*", "$1"));
            assertThat(suggested).isNotEqualTo(taken.getLocalPort());
            assertThat(PortCheck.isFree(suggested)).isTrue();
        }
    }

    @Test
    void freePortsPass() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertThatCode(() -> PortCheck.requireFree(List.of(new PortUse(port, "Kafka", "ATELIER_KAFKA_PORT")))).doesNotThrowAnyException();
    }
}
