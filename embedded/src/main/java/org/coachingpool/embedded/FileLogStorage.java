package org.coachingpool.embedded;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded engine's log, kept in one append-only file so that a restart replays every
 * record the engine acknowledged.
 *
 * <p>Each block is written as a frame {@code [magic][length][lowest][highest][crc32c][bytes]}
 * and forced to disk before the engine is told it was written: an acknowledged record is never
 * lost, even by kill -9 or a power cut. On open, frames are read back and verified; the first
 * torn or corrupt frame and everything after it are cut off with a warning, because nothing
 * after an unacknowledged write can have been acknowledged either.
 *
 * <p>Blocks stay in memory for readers: the engine replays the whole log on start (no
 * snapshots yet, see ADR 0001), so reading from memory keeps replay fast.
 */
final class FileLogStorage implements LogStorage, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FileLogStorage.class);
    static final int MAGIC = 0x43504C47; // "CPLG"
    static final int HEADER_BYTES = 4 + 4 + 8 + 8 + 4;
    private static final int MAX_BLOCK_BYTES = 64 * 1024 * 1024;

    private final Path file;
    private final FileChannel channel;
    private final List<ByteBuffer> blocks = new ArrayList<>();
    private final ConcurrentSkipListMap<Long, Integer> blockByLowestPosition = new ConcurrentSkipListMap<>();
    private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();
    private final OpenReport openReport;
    private long highestPosition = -1;
    /** Held by each append, and by a backup for as long as it needs the log to stand still. */
    private final ReentrantLock appending = new ReentrantLock();

    /** What opening the file found; the caller logs and reports it. */
    record OpenReport(int blocks, long bytes, long truncatedBytes, String truncationReason) {
        boolean truncated() {
            return truncatedBytes > 0;
        }
    }

    FileLogStorage(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            openReport = load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the engine log " + file + ": " + e.getMessage(), e);
        }
    }

    OpenReport openReport() {
        return openReport;
    }

    private OpenReport load() throws IOException {
        long size = channel.size();
        long offset = 0;
        String problem = null;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        while (offset < size) {
            if (size - offset < HEADER_BYTES) {
                problem = "incomplete frame header at byte " + offset;
                break;
            }
            header.clear();
            readFully(header, offset);
            header.flip();
            int magic = header.getInt();
            int length = header.getInt();
            long lowest = header.getLong();
            long highest = header.getLong();
            int crc = header.getInt();
            if (magic != MAGIC) {
                problem = "unknown frame marker at byte " + offset;
                break;
            }
            if (length <= 0 || length > MAX_BLOCK_BYTES || offset + HEADER_BYTES + length > size) {
                problem = "incomplete frame of " + length + " bytes at byte " + offset;
                break;
            }
            if (lowest > highest || lowest <= highestPosition) {
                problem = "positions out of order at byte " + offset;
                break;
            }
            ByteBuffer body = ByteBuffer.allocate(length);
            readFully(body, offset + HEADER_BYTES);
            body.flip();
            if (checksum(body) != crc) {
                problem = "checksum mismatch at byte " + offset;
                break;
            }
            addBlock(lowest, highest, body);
            offset += HEADER_BYTES + length;
        }
        long cut = size - offset;
        if (cut > 0) {
            Path kept = keepCutBytes(offset, cut);
            log.warn("Engine log {}: {}; cutting off the last {} bytes (kept in {}). A crash during a write leaves "
                    + "such a tail, and what it held was never acknowledged. If this happens without a crash, the "
                    + "disk may be failing.", file, problem, cut, kept);
            channel.truncate(offset);
            channel.force(true);
        }
        channel.position(offset);
        return new OpenReport(blocks.size(), offset, cut, problem);
    }

    /** The bytes cut off are kept beside the log, for diagnosis; nothing is destroyed. */
    private Path keepCutBytes(long offset, long length) throws IOException {
        Path kept = file.resolveSibling(file.getFileName() + ".cut-" + System.currentTimeMillis());
        try (var out = FileChannel.open(kept, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.transferTo(offset, length, out);
            out.force(true);
        }
        return kept;
    }

    private void readFully(ByteBuffer target, long position) throws IOException {
        long at = position;
        while (target.hasRemaining()) {
            int read = channel.read(target, at);
            if (read < 0) {
                throw new IOException("unexpected end of " + file);
            }
            at += read;
        }
    }

    private static int checksum(ByteBuffer body) {
        CRC32C crc = new CRC32C();
        crc.update(body.duplicate());
        return (int) crc.getValue();
    }

    private synchronized void addBlock(long lowest, long highest, ByteBuffer body) {
        blocks.add(body);
        blockByLowestPosition.put(lowest, blocks.size() - 1);
        highestPosition = highest;
    }

    @Override
    public LogStorageReader newReader() {
        return new Reader();
    }

    @Override
    public void append(long lowestPosition, long highestPosition, BufferWriter writer, AppendListener listener) {
        ByteBuffer body = ByteBuffer.allocate(writer.getLength());
        writer.write(new UnsafeBuffer(body), 0);
        append(lowestPosition, highestPosition, body, listener);
    }

    @Override
    public void append(long lowestPosition, long highestPosition, ByteBuffer blockBuffer, AppendListener listener) {
        // An exact-size copy: readers wrap the whole buffer, and the caller may reuse its own.
        ByteBuffer body = ByteBuffer.allocate(blockBuffer.remaining()).put(blockBuffer.duplicate()).flip();
        ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + body.remaining());
        frame.putInt(MAGIC).putInt(body.remaining()).putLong(lowestPosition).putLong(highestPosition)
                .putInt(checksum(body)).put(body.duplicate()).flip();
        int index;
        appending.lock();
        try {
            synchronized (this) {
                try {
                    while (frame.hasRemaining()) {
                        channel.write(frame);
                    }
                    channel.force(false);
                } catch (IOException e) {
                    // The engine treats a failed append as fatal for its stream processor; surface why.
                    throw new UncheckedIOException("Cannot write the engine log " + file + ": " + e.getMessage(), e);
                }
                addBlock(lowestPosition, highestPosition, body);
                index = blocks.size();
            }
        } finally {
            appending.unlock();
        }
        listener.onWrite(index, highestPosition);
        listener.onCommit(index, highestPosition);
        commitListeners.forEach(CommitListener::onCommit);
    }

    @Override
    public void addCommitListener(CommitListener listener) {
        commitListeners.add(listener);
    }

    @Override
    public void removeCommitListener(CommitListener listener) {
        commitListeners.remove(listener);
    }

    /**
     * Stops appends until the returned hold is closed: the engine waits (as it would for a slow
     * disk), so the file's first {@link Frozen#length()} bytes are the whole log while held.
     */
    Frozen freeze() {
        appending.lock();
        try {
            synchronized (this) {
                return new Frozen(channel.size(), appending::unlock);
            }
        } catch (IOException | RuntimeException e) {
            appending.unlock();
            throw new UncheckedIOException("Cannot read the size of the engine log " + file, e instanceof IOException io
                    ? io : new IOException(e));
        }
    }

    /** A hold on the log; closing it lets the engine append again. */
    record Frozen(long length, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }

    /** Copies the log's first {@code length} bytes (every frame written up to then) and forces them to disk. */
    void copyTo(Path target, long length) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (var out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long copied = 0;
            while (copied < length) {
                copied += channel.transferTo(copied, length - copied, out);
            }
            out.force(true);
        }
    }

    synchronized int blockCount() {
        return blocks.size();
    }

    private synchronized ByteBuffer block(int index) {
        return index < blocks.size() ? blocks.get(index) : null;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            log.warn("Closing the engine log {} failed: {}", file, e.getMessage());
        }
    }

    private final class Reader implements LogStorageReader {
        private int next;

        @Override
        public void seek(long position) {
            // The block that may contain the position is the last one starting before it.
            var entry = blockByLowestPosition.lowerEntry(position);
            next = entry == null ? 0 : entry.getValue();
        }

        @Override
        public boolean hasNext() {
            return next < blockCount();
        }

        @Override
        public DirectBuffer next() {
            ByteBuffer block = block(next);
            if (block == null) {
                throw new NoSuchElementException();
            }
            next++;
            return new UnsafeBuffer(block.duplicate());
        }

        @Override
        public void close() {
            // nothing held per reader
        }
    }
}
