package ai.ginko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaskIdsTest {

    @Test
    void numbersInIdsCompareByValue() {
        List<String> ids = new ArrayList<>(List.of("TASK-10", "TASK-2", "TASK-1", "TASK-100", "TASK-9"));

        ids.sort(TaskIds.ORDER);

        assertThat(ids).containsExactly("TASK-1", "TASK-2", "TASK-9", "TASK-10", "TASK-100");
    }

    @Test
    void textComparesCharacterByCharacterAndShorterComesFirst() {
        List<String> ids = new ArrayList<>(List.of("b-1", "a-2", "a-1-x", "a-1", "A"));

        ids.sort(TaskIds.ORDER);

        assertThat(ids).containsExactly("A", "a-1", "a-1-x", "a-2", "b-1");
    }

    @Test
    void equalNumbersWithLeadingZerosStillHaveAnOrderConsistentWithEquals() {
        assertThat(Integer.signum(TaskIds.ORDER.compare("T-01", "T-1"))).isNotZero()
                .isEqualTo(-Integer.signum(TaskIds.ORDER.compare("T-1", "T-01")));
        assertThat(Integer.signum(TaskIds.ORDER.compare("T-007", "T-7")))
                .isEqualTo(Integer.signum("T-007".compareTo("T-7")));
        assertThat(TaskIds.ORDER.compare("T-1", "T-1")).isZero();
    }

    @Test
    void digitRunsLongerThanALongDoNotOverflow() {
        assertThat(TaskIds.ORDER.compare("T-99999999999999999999999", "T-100000000000000000000000")).isNegative();
    }

    @Test
    void sortKeysInPlainOrderAreTheIdsInTheirOrder() {
        Random random = new Random(22);
        String alphabet = "0123456789-_AaZz.";
        List<String> ids = new ArrayList<>(List.of("TASK-10", "TASK-2", "T-01", "T-1", "T-1a", "a-1-x", "a-1", "A",
                "T-99999999999999999999999", "T-100000000000000000000000", "0", "00", "T 1", "T~1"));
        for (int n = 0; n < 2_000; n++) {
            StringBuilder id = new StringBuilder();
            for (int length = 1 + random.nextInt(8); length > 0; length--) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ids.add(id.toString());
        }
        List<String> byKey = new ArrayList<>(ids);

        ids.sort(TaskIds.ORDER);
        byKey.sort(Comparator.comparing(TaskIds::sortKey));

        assertThat(byKey).isEqualTo(ids);
    }
}
