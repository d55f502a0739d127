package org.coachingpool.faults;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.Random;
import java.util.Set;

/**
 * Sits between the app's Camunda client and the engine, inside the app under test, and breaks
 * the conversation the way networks and crashes do:
 * <ul>
 * <li><b>drop</b>: the request reaches the engine and is carried out, but its answer is lost and
 * the app is told the engine was unavailable (for a pushed job: the job is taken but never arrives);
 * <li><b>duplicate</b>: the request is sent twice, as a retrying proxy would;
 * <li><b>kill</b>: the JVM halts as it is about to send a job completion, which the app only ever
 * sends after committing the work: a crash between the database commit and the engine completion.
 * </ul>
 * Each fault is logged to the suite's fault file before it happens, so a halt is counted too.
 */
final class EngineFaults implements ClientInterceptor {

    /** Requests that change the engine, whose answers can be lost or that can arrive twice. */
    private static final Set<String> COMMANDS = Set.of("CompleteJob", "FailJob", "ThrowError", "UpdateJobTimeout",
            "PublishMessage", "CreateProcessInstance", "SetVariables", "ActivateJobs");
    private static final String COMPLETE_JOB = "CompleteJob";
    /** Jobs pushed to the app's workers. */
    private static final String JOB_STREAM = "StreamActivatedJobs";

    private final FaultSettings settings;
    private final FaultLog faults;
    private final Random random;

    EngineFaults(FaultSettings settings, FaultLog faults) {
        this.settings = settings;
        this.faults = faults;
        this.random = new Random(settings.seed() ^ System.nanoTime());
    }

    private synchronized boolean draw(double probability) {
        return probability > 0 && random.nextDouble() < probability;
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        String name = method.getBareMethodName();
        if (JOB_STREAM.equals(name)) {
            return new LosingPushedJobs<>(next.newCall(method, options));
        }
        if (!COMMANDS.contains(name)) {
            return next.newCall(method, options);
        }
        if (COMPLETE_JOB.equals(name) && draw(settings.kill())) {
            faults.record("kill", name);
            Runtime.getRuntime().halt(137);
        }
        if (draw(settings.drop())) {
            faults.record("drop", name);
            return new DroppingAnswer<>(next.newCall(method, options));
        }
        if (draw(settings.duplicate())) {
            faults.record("duplicate", name);
            return new SentTwice<>(next.newCall(method, options), next.newCall(method, options));
        }
        return next.newCall(method, options);
    }

    /** Carries the request through and throws the answer away. */
    private static final class DroppingAnswer<Q, R> extends ForwardingClientCall.SimpleForwardingClientCall<Q, R> {

        DroppingAnswer(ClientCall<Q, R> call) {
            super(call);
        }

        @Override
        public void start(Listener<R> listener, Metadata headers) {
            super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                @Override
                public void onMessage(R message) {
                    // lost on the way back
                }

                @Override
                public void onClose(Status status, Metadata trailers) {
                    super.onClose(Status.UNAVAILABLE.withDescription("the answer was lost (fault suite)"),
                            new Metadata());
                }
            }, headers);
        }
    }

    /** Sends the same request on a second call too, answering with the first call's outcome. */
    private static final class SentTwice<Q, R> extends ForwardingClientCall.SimpleForwardingClientCall<Q, R> {

        private final ClientCall<Q, R> second;

        SentTwice(ClientCall<Q, R> first, ClientCall<Q, R> second) {
            super(first);
            this.second = second;
        }

        @Override
        public void start(Listener<R> listener, Metadata headers) {
            Metadata copy = new Metadata();
            copy.merge(headers);
            second.start(new Listener<>() { }, copy);
            second.request(Integer.MAX_VALUE);
            super.start(listener, headers);
        }

        @Override
        public void sendMessage(Q message) {
            second.sendMessage(message);
            super.sendMessage(message);
        }

        @Override
        public void halfClose() {
            second.halfClose();
            super.halfClose();
        }
    }

    /** A job the engine pushed and the app never received: it is taken until its timeout runs out. */
    private final class LosingPushedJobs<Q, R> extends ForwardingClientCall.SimpleForwardingClientCall<Q, R> {

        LosingPushedJobs(ClientCall<Q, R> call) {
            super(call);
        }

        @Override
        public void start(Listener<R> listener, Metadata headers) {
            super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                @Override
                public void onMessage(R message) {
                    if (draw(settings.drop())) {
                        faults.record("drop", JOB_STREAM);
                        request(1); // the stream asked for one message and this one never came
                        return;
                    }
                    super.onMessage(message);
                }
            }, headers);
        }
    }
}
