package org.atelier.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether something accepts connections on a loopback port: the cheapest sign of life a server gives. */
final class TcpProbe {

    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    private TcpProbe() {
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
