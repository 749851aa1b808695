package org.atelier.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * Checks, before anything starts, that every port is free, so that a conflict is one clear line instead of a
 * half-started system and a stack trace in some log file.
 */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(List<PortUse> uses) {
        for (PortUse use : uses) {
            if (!isFree(use.port())) {
                throw new AtelierException(conflictMessage(use));
            }
        }
    }

    /** Whether a server socket can bind the port on the loopback address, as every component here does. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String conflictMessage(PortUse use) {
        return "Port " + use.port() + " (" + use.component() + ") is already in use. Stop what uses it, or pick another: "
                + use.variable() + "=" + alternativeTo(use.port()) + " ./atelier up";
    }

    /** A free port to suggest: the familiar one shifted by 10000 (9092 becomes 19092) if free, else any free one. */
    private static int alternativeTo(int port) {
        int shifted = port + 10000;
        if (shifted <= 65535 && isFree(shifted)) {
            return shifted;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            return shifted;
        }
    }
}
