package org.coachingpool.embedded;

import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.record.RecordType;
import java.util.function.BiConsumer;

/**
 * Reads the embedded engine's log from where it stopped last time, passing on each event record
 * (commands and rejections are not what happened) with its metadata: how the app learns what a
 * broker would export, without an exporter.
 */
final class LogFollower {

    private final LogStreamReader reader;
    private final RecordMetadata metadata = new RecordMetadata();
    private long lastPosition = -1;

    LogFollower(LogStreamReader reader) {
        this.reader = reader;
    }

    /** Not thread-safe: callers hold their own lock around this and the state they update. */
    void readNew(BiConsumer<LoggedEvent, RecordMetadata> onEvent) {
        if (lastPosition < 0) {
            reader.seekToFirstEvent();
        } else {
            reader.seekToNextEvent(lastPosition);
        }
        while (reader.hasNext()) {
            LoggedEvent event = reader.next();
            lastPosition = event.getPosition();
            metadata.reset();
            event.readMetadata(metadata);
            if (metadata.getRecordType() == RecordType.EVENT) {
                onEvent.accept(event, metadata);
            }
        }
    }
}
