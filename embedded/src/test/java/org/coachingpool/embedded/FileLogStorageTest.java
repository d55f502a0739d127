package org.coachingpool.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLogStorageTest {

    @TempDir
    Path dir;

    @Test
    void blocksWrittenBeforeARestartAreReadBackInOrder() {
        Path file = dir.resolve("zeebe.log");
        try (var storage = new FileLogStorage(file)) {
            append(storage, 1, 3, "first");
            append(storage, 4, 4, "second");
        }
        try (var reopened = new FileLogStorage(file)) {
            assertThat(reopened.openReport().blocks()).isEqualTo(2);
            assertThat(reopened.openReport().truncated()).isFalse();
            assertThat(readAll(reopened, 1)).containsExactly("first", "second");
            assertThat(readAll(reopened, 4)).last().isEqualTo("second");
        }
    }

    @Test
    void aTornWriteAtTheEndIsCutOffAndTheLogStaysUsable() throws IOException {
        Path file = dir.resolve("zeebe.log");
        try (var storage = new FileLogStorage(file)) {
            append(storage, 1, 1, "kept");
            append(storage, 2, 2, "also kept");
        }
        long goodLength = Files.size(file);
        // Half a frame, as a crash in the middle of a write leaves it.
        Files.write(file, new byte[] {0x43, 0x50, 0x4C, 0x47, 0, 0, 0, 50, 1, 2, 3},
                StandardOpenOption.APPEND);

        try (var reopened = new FileLogStorage(file)) {
            assertThat(reopened.openReport().truncated()).isTrue();
            assertThat(readAll(reopened, 1)).containsExactly("kept", "also kept");
            append(reopened, 3, 3, "after restart");
        }
        assertThat(Files.size(file)).isGreaterThan(goodLength);
        try (var again = new FileLogStorage(file)) {
            assertThat(again.openReport().truncated()).isFalse();
            assertThat(readAll(again, 1)).containsExactly("kept", "also kept", "after restart");
        }
    }

    @Test
    void aCorruptBlockAndEverythingAfterItAreCutOff() throws IOException {
        Path file = dir.resolve("zeebe.log");
        long secondFrameStart;
        try (var storage = new FileLogStorage(file)) {
            append(storage, 1, 1, "good");
            secondFrameStart = Files.size(file);
            append(storage, 2, 2, "flipped");
            append(storage, 3, 3, "after the damage");
        }
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            long inBody = secondFrameStart + FileLogStorage.HEADER_BYTES + 2;
            raf.seek(inBody);
            int b = raf.read();
            raf.seek(inBody);
            raf.write(b ^ 0xFF);
        }

        try (var reopened = new FileLogStorage(file)) {
            assertThat(reopened.openReport().truncationReason()).contains("checksum");
            assertThat(readAll(reopened, 1)).containsExactly("good");
        }
        assertThat(Files.size(file)).isEqualTo(secondFrameStart);
        try (var kept = Files.list(dir)) {
            assertThat(kept.filter(p -> p.getFileName().toString().startsWith("zeebe.log.cut-")))
                    .singleElement()
                    .satisfies(p -> assertThat(Files.readString(p, StandardCharsets.ISO_8859_1))
                            .contains("after the damage"));
        }
    }

    @Test
    void garbageThatIsNotALogIsCutOffRatherThanReplayed() throws IOException {
        Path file = dir.resolve("zeebe.log");
        Files.writeString(file, "this is not an engine log");
        try (var storage = new FileLogStorage(file)) {
            assertThat(storage.openReport().blocks()).isZero();
            assertThat(storage.openReport().truncationReason()).contains("frame");
        }
        assertThat(Files.size(file)).isZero();
    }

    private static void append(LogStorage storage, long lowest, long highest, String text) {
        storage.append(lowest, highest, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)),
                new LogStorage.AppendListener() { });
    }

    private static List<String> readAll(LogStorage storage, long from) {
        var reader = storage.newReader();
        reader.seek(from);
        List<String> texts = new ArrayList<>();
        while (reader.hasNext()) {
            DirectBuffer block = reader.next();
            texts.add(block.getStringWithoutLengthUtf8(0, block.capacity()));
        }
        return texts;
    }
}
