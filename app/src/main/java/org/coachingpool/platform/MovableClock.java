package org.coachingpool.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of the embedded default and the tests: real time, unless the demo's simulator sets
 * it to a day of the year it replays. Never in production, where the clock is the system's.
 */
public final class MovableClock extends Clock {

    private final Clock real;
    private final AtomicReference<Instant> pinned;

    public MovableClock(Clock real) {
        this(real, new AtomicReference<>());
    }

    private MovableClock(Clock real, AtomicReference<Instant> pinned) {
        this.real = real;
        this.pinned = pinned;
    }

    /** From now on the time is this, until moved again or released. */
    public void set(Instant at) {
        pinned.set(at);
    }

    /** Back to real time. */
    public void release() {
        pinned.set(null);
    }

    public boolean isSet() {
        return pinned.get() != null;
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(real.withZone(zone), pinned);
    }

    @Override
    public Instant instant() {
        Instant at = pinned.get();
        return at != null ? at : real.instant();
    }
}
