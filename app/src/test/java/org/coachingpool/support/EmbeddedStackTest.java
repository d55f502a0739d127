package org.coachingpool.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole embedded default (PostgreSQL, durable engine, workers, demo people) started once for
 * all tests that extend this class, in a fresh folder and on free ports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EmbeddedStackTest {

    private static final Path DATA_DIR;
    private static final int ENGINE_PORT;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("coachingpool-test");
            ENGINE_PORT = freePort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @DynamicPropertySource
    static void embeddedStack(DynamicPropertyRegistry registry) {
        registry.add("coachingpool.embedded.data-dir", DATA_DIR::toString);
        registry.add("coachingpool.embedded.engine-port", () -> ENGINE_PORT);
        registry.add("coachingpool.demo", () -> "true");
        registry.add("coachingpool.worklist.completion-retry-interval", () -> "1h");
    }
}
