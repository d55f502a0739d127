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
 * all tests that extend this class with the same settings, in a fresh folder and on free ports.
 * A test class with settings of its own (mail over SMTP, say) gets a context, a folder and ports
 * of its own beside the shared one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EmbeddedStackTest {

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Called once for each context Spring creates, so no two running contexts share a folder or port. */
    @DynamicPropertySource
    static void embeddedStack(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("coachingpool-test");
        int enginePort = freePort();
        registry.add("coachingpool.embedded.data-dir", dataDir::toString);
        registry.add("coachingpool.embedded.engine-port", () -> enginePort);
        registry.add("coachingpool.demo", () -> "true");
        registry.add("coachingpool.worklist.completion-retry-interval", () -> "1h");
    }
}
