package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void decodesNamesAndValues() {
        QueryParams params = QueryParams.parse("project=my%20project&agent%5Fid=a%2Bb&flag");

        assertThat(params.requiredId("project")).isEqualTo("my project");
        assertThat(params.optionalId("agent_id")).hasValue("a+b");
        assertThat(params.raw("flag")).hasValue("");
    }

    @Test
    void keepsTheFirstOfRepeatedParameters() {
        assertThat(QueryParams.parse("project=a&project=b").requiredId("project")).isEqualTo("a");
    }

    @Test
    void namesAParameterWithBrokenPercentEncoding() {
        assertThatThrownBy(() -> QueryParams.parse("project=%zz"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.parameter()).hasValue("project");
                });
    }

    @Test
    void usesTheDefaultForAnAbsentNumber() {
        assertThat(QueryParams.parse(null).intBetween("limit", 100, 1, 200)).isEqualTo(100);
        assertThat(QueryParams.parse("").optionalSequence("since")).isEqualTo(OptionalLong.empty());
    }

    @Test
    void acceptsTheBoundsOfARange() {
        QueryParams params = QueryParams.parse("low=1&high=60");

        assertThat(params.intBetween("low", 30, 1, 60)).isEqualTo(1);
        assertThat(params.intBetween("high", 30, 1, 60)).isEqualTo(60);
    }

    @Test
    void refusesAnIdLongerThanTheLibraryAllows() {
        assertThatThrownBy(() -> QueryParams.checkedId("project", "p".repeat(257)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.parameter()).hasValue("project"));
    }
}
