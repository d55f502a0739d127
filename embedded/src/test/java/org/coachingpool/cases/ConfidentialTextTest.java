package org.coachingpool.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The statement of who may read what is the one the README shows: they cannot drift apart. */
class ConfidentialTextTest {

    @Test
    void theReadmeShowsWhoMayReadEachKindOfTextAsTheCodeStatesIt() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (ConfidentialText text : ConfidentialText.values()) {
            assertThat(readme).as(text.name()).contains("| " + text.label() + " | " + text.readersInWords() + " |");
        }
    }

    @Test
    void sessionNotesAndReflectionsReachTheirAuthorAloneAndNoTextReachesProcessAdmins() {
        assertThat(ConfidentialText.SESSION_NOTES.readers()).containsExactly(ConfidentialText.Reader.AUTHOR);
        assertThat(ConfidentialText.REFLECTION.readers()).containsExactly(ConfidentialText.Reader.AUTHOR);
        assertThat(ConfidentialText.AGREED_ACTIONS.poolTeamReads()).isFalse();
        assertThat(ConfidentialText.SAFEGUARDING_CONCERN.poolTeamReads()).isFalse();
        assertThat(ConfidentialText.SESSION_NOTES.readersInWords())
                .isEqualTo("whoever wrote it (a thinker who asks for notes about them: ADR 0023)");
    }
}
