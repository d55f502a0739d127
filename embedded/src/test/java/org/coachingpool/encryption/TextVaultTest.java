package org.coachingpool.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.coachingpool.platform.StartupProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextVaultTest {

    static final String K1 = "k1:" + EncryptionKeys.example();
    static final String K2 = "k2:" + EncryptionKeys.example();

    static TextVault vault(String keys) {
        return new TextVault(EncryptionKeys.parse(keys, EncryptionKeys.SETTING));
    }

    @Test
    void aSealedTextOpensAgainButHoldsNoneOfItsWordsAndNeverSealsTheSameWayTwice() {
        TextVault vault = vault(K1);
        String sealed = vault.seal("Worried about the restructure — café talk", "session_log.private_notes");

        assertThat(sealed).startsWith("sealed:v1:k1:").doesNotContain("restructure").doesNotContain("caf");
        assertThat(vault.open(sealed, "session_log.private_notes")).isEqualTo("Worried about the restructure — café talk");
        assertThat(vault.seal("Worried about the restructure — café talk", "session_log.private_notes"))
                .as("a fresh nonce each time: equal notes cannot be spotted by equal values").isNotEqualTo(sealed);
        assertThat(vault.seal(null, "session_log.private_notes")).isNull();
        assertThat(vault.open(null, "session_log.private_notes")).isNull();
    }

    @Test
    void aNoteCopiedIntoAnotherColumnOrAlteredDoesNotOpen() {
        TextVault vault = vault(K1);
        String sealed = vault.seal("Private", "session_log.private_notes");

        assertThatThrownBy(() -> vault.open(sealed, "session_log.shared_actions"))
                .isInstanceOf(SealedTextUnreadableException.class).hasMessageContaining("session_log.shared_actions");
        int middle = sealed.length() / 2;
        String altered = sealed.substring(0, middle) + (sealed.charAt(middle) == 'A' ? 'B' : 'A')
                + sealed.substring(middle + 1);
        assertThatThrownBy(() -> vault.open(altered, "session_log.private_notes"))
                .isInstanceOf(SealedTextUnreadableException.class).hasMessageContaining("altered");
    }

    @Test
    void afterARotationOldValuesStillOpenNewOnesUseTheNewKeyAndResealingMovesTheOld() {
        String old = vault(K1).seal("Before the rotation", "early_end.reason");
        TextVault rotated = vault(K2 + "," + K1);

        assertThat(rotated.open(old, "early_end.reason")).isEqualTo("Before the rotation");
        assertThat(rotated.isCurrent(old)).isFalse();
        String moved = rotated.reseal(old, "early_end.reason");
        assertThat(moved).startsWith("sealed:v1:k2:");
        assertThat(rotated.isCurrent(moved)).isTrue();
        assertThat(vault(K2).open(moved, "early_end.reason")).as("k1 can go once everything is resealed")
                .isEqualTo("Before the rotation");
    }

    @Test
    void aValueWhoseKeyWasRemovedTooEarlySaysWhichKeyToPutBack() {
        String old = vault(K1).seal("Before the rotation", "early_end.reason");

        assertThatThrownBy(() -> vault(K2).open(old, "early_end.reason"))
                .isInstanceOf(SealedTextUnreadableException.class)
                .hasMessageContaining("key k1").hasMessageContaining("COACHINGPOOL_ENCRYPTION_KEYS");
    }

    @Test
    void textFromBeforeEncryptionReadsAsItIsUntilResealed() {
        TextVault vault = vault(K1);
        assertThat(vault.open("written in 2026", "task_answer.value")).isEqualTo("written in 2026");
        assertThat(vault.isCurrent("written in 2026")).isFalse();
        assertThat(vault.reseal("written in 2026", "task_answer.value")).startsWith("sealed:v1:k1:");
    }

    @Test
    void malformedKeysStopTheStartNamingTheProblem() {
        assertThatThrownBy(() -> vault("")).isInstanceOf(StartupProblem.class).hasMessageContaining("holds no key");
        assertThatThrownBy(() -> vault("k1:c2hvcnQ=")).isInstanceOf(StartupProblem.class)
                .hasMessageContaining("key k1 is 5 bytes, not 32");
        assertThatThrownBy(() -> vault("k1:not base64!")).isInstanceOf(StartupProblem.class)
                .hasMessageContaining("not base64");
        assertThatThrownBy(() -> vault(EncryptionKeys.example())).isInstanceOf(StartupProblem.class)
                .hasMessageContaining("without a valid id");
        assertThatThrownBy(() -> vault(K1 + "," + K1)).isInstanceOf(StartupProblem.class)
                .hasMessageContaining("names key k1 twice");
    }

    @Test
    void theEmbeddedDefaultMakesItsKeyFileOnceReadableByItsOwnerOnly(@TempDir Path data) throws Exception {
        Path file = data.resolve("encryption.keys");
        String sealed = new TextVault(EncryptionKeys.fromFile(file)).seal("kept", "session_log.private_notes");

        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(new TextVault(EncryptionKeys.fromFile(file)).open(sealed, "session_log.private_notes"))
                .as("the next start reads the same key").isEqualTo("kept");
    }
}
