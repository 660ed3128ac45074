package ai.ginko.neo4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.GinkoException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataJsonTest {

    @Test
    void nestedValuesSurviveARoundTripWithIntegersAsLong() {
        Map<String, Object> metadata = Map.of("n", 7L, "x", 1.5, "ok", true,
                "list", List.of("a", 2L), "map", Map.of("q", "`$'\"MATCH (n) DETACH DELETE n"));

        assertThat(MetadataJson.read(MetadataJson.write(metadata))).isEqualTo(metadata);
    }

    @Test
    void absentMetadataReadsAsEmpty() {
        assertThat(MetadataJson.read(null)).isEmpty();
    }

    @Test
    void corruptStoredMetadataIsReportedAsOurException() {
        assertThatThrownBy(() -> MetadataJson.read("{not json")).isInstanceOf(GinkoException.class)
                .hasMessageContaining("metadata");
    }
}
