package org.coachingpool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInNamesSortByTheirValueNotTheirDigits() {
        var names = List.of("Coach 100", "Coach 10", "Coach 2", "Coach 1", "Coach 02b");
        assertThat(names.stream().sorted(NaturalOrder.NAMES).toList())
                .containsExactly("Coach 1", "Coach 2", "Coach 02b", "Coach 10", "Coach 100");
    }

    @Test
    void caseAndAccentsDoNotSplitNamesApart() {
        var names = List.of("Zoe Adams", "bob Brown", "Zoë Adams", "Amy Clarke", "Émile Dubois");
        assertThat(names.stream().sorted(NaturalOrder.NAMES).toList())
                .containsExactly("Amy Clarke", "bob Brown", "Émile Dubois", "Zoe Adams", "Zoë Adams");
    }

    @Test
    void equalNamesAreEqualAndNullsComeFirst() {
        assertThat(NaturalOrder.NAMES.compare("Sam Lee", "Sam Lee")).isZero();
        assertThat(NaturalOrder.NAMES.compare(null, "Sam")).isNegative();
        assertThat(NaturalOrder.NAMES.compare("Sam", null)).isPositive();
    }
}
