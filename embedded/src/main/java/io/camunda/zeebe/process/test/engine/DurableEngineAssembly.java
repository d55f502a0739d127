package io.camunda.zeebe.process.test.engine;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.AccessMetricsConfiguration;
import io.camunda.zeebe.db.ConsistencyChecksSettings;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.rocksdb.RocksDbConfiguration;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Assembles the zeebe-process-test engine from the same parts as its {@code EngineFactory},
 * with three differences that make it fit to run a service: the caller supplies the log storage
 * (a durable one); the state lives in RocksDB, Zeebe's own state store, in a folder the caller
 * empties before each start (zeebe-process-test's in-memory store copies its whole map for every
 * prefix scan, so each step slows as cases accumulate; ADR 0013); and {@link #start} replays the
 * log completely before the gRPC gateway opens, so no client ever sees half-rebuilt state.
 *
 * <p>It sits in the engine's package because most of those parts are package-private; see
 * ADR 0001. Keep it a plain assembly: anything else belongs in the app's own packages.
 */
public final class DurableEngineAssembly implements AutoCloseable {

    private static final int PARTITION_ID = 1;
    private static final int PARTITION_COUNT = 1;

    private final ControlledActorClock clock;
    private final ActorScheduler scheduler;
    private final LogStream logStream;
    private final ZeebeDb<ZbColumnFamilies> database;
    private final StreamProcessor streamProcessor;
    private final Server grpcServer;
    private final RecordStreamSource recordStream;

    /**
     * Zeebe's default of 512 MB is sized for a broker's partition. With less, the write buffers
     * flush to disk often while the log is replayed at start, and replay slows.
     */
    private static final long STATE_MEMORY = 128L * 1024 * 1024;

    private DurableEngineAssembly(LogStorage storage, Path stateFolder, String host, int port) {
        clock = new ControlledActorClock();
        scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
        scheduler.start();
        logStream = LogStream.builder()
                .withPartitionId(PARTITION_ID)
                .withLogStorage(storage)
                .withClock(clock)
                .withMeterRegistry(new SimpleMeterRegistry())
                .build();

        var commandWriter = new CommandWriter(logStream.newLogStreamWriter());
        var commandSender = new CommandSender(commandWriter);
        var requestStore = new GatewayRequestStore();
        var jobStreamer = new InMemoryJobStreamer(commandWriter);
        var gateway = new GrpcToLogStreamGateway(commandWriter, PARTITION_ID, PARTITION_COUNT, port, requestStore,
                jobStreamer);
        // Loopback only: the embedded engine has no authentication of its own.
        grpcServer = NettyServerBuilder.forAddress(new InetSocketAddress(host, port)).addService(gateway).build();
        var responseWriter = new GrpcResponseWriter(gateway, requestStore, null);

        var stateSettings = new RocksDbConfiguration()
                .setMemoryAllocationStrategy(RocksDbConfiguration.MemoryAllocationStrategy.PARTITION)
                .setMemoryLimit(STATE_MEMORY)
                // One state folder for one partition: no need to cut files by column family.
                .setSstPartitioningEnabled(false);
        database = new ZeebeRocksDbFactory<ZbColumnFamilies>(stateSettings, new ConsistencyChecksSettings(),
                new AccessMetricsConfiguration(AccessMetricsConfiguration.Kind.NONE, PARTITION_ID),
                SimpleMeterRegistry::new).createDb(stateFolder.toFile());
        var security = new SecurityConfiguration();
        security.getAuthorizations().setEnabled(false);
        streamProcessor = StreamProcessor.builder()
                .logStream(logStream)
                .zeebeDb(database)
                .commandResponseWriter(responseWriter)
                .partitionCommandSender(commandSender)
                .recordProcessors(List.of(new Engine(
                        context -> EngineProcessors.createEngineProcessors(
                                context,
                                PARTITION_COUNT,
                                new SubscriptionCommandSender(context.getPartitionId(), commandSender),
                                commandSender,
                                FeatureFlags.createDefault(),
                                jobStreamer,
                                SearchClientsProxy.noop(),
                                new BrokerRequestAuthorizationConverter(security)),
                        new EngineConfiguration(),
                        security)))
                .actorSchedulingService(scheduler)
                .clock(new ControllableStreamClockImpl(clock))
                .meterRegistry(new SimpleMeterRegistry())
                .build();
        recordStream = new RecordStreamSourceImpl(logStream.newLogStreamReader(), PARTITION_ID);
    }

    /**
     * @param stateFolder an empty folder for the engine's state, which is rebuilt from the log
     */
    public static DurableEngineAssembly assemble(LogStorage storage, Path stateFolder, String host, int port) {
        return new DurableEngineAssembly(storage, stateFolder, host, port);
    }

    /**
     * Replays the log, waits until the engine processes new commands, then opens gRPC.
     *
     * @throws IllegalStateException if replay fails or does not finish within the timeout
     * @throws UncheckedIOException if the gRPC port cannot be bound
     */
    public void start(Duration replayTimeout) {
        streamProcessor.openAsync(false).join();
        long deadline = System.nanoTime() + replayTimeout.toNanos();
        StreamProcessor.Phase phase = streamProcessor.getCurrentPhase().join();
        while (phase != StreamProcessor.Phase.PROCESSING) {
            if (phase == StreamProcessor.Phase.FAILED || streamProcessor.isClosed()) {
                throw new IllegalStateException("the engine failed while replaying its log");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the engine did not finish replaying its log within " + replayTimeout);
            }
            sleep();
            phase = streamProcessor.getCurrentPhase().join();
        }
        try {
            grpcServer.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the engine replayed its log", e);
        }
    }

    /** Moves the engine's clock forward; for tests of timers on the embedded stack. */
    public void increaseTime(Duration duration) {
        clock.addTime(duration);
    }

    /** A reader of the engine's log of its own, for the app to follow what the engine records. */
    public LogStreamReader newLogReader() {
        return logStream.newLogStreamReader();
    }

    public RecordStreamSource recordStream() {
        return recordStream;
    }

    @Override
    public void close() {
        grpcServer.shutdownNow();
        try {
            grpcServer.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        streamProcessor.closeAsync().join();
        try {
            database.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the engine state failed", e);
        }
        logStream.close();
        try {
            scheduler.stop().get();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
