package ai.ginko.neo4j;

/**
 * The load a load test runs. The build runs each at the smallest load that proves its guarantee (the same race, with
 * as many concurrent writers, in more than one process); {@code ./mvnw -B verify -Dginko.test.load=full} runs the
 * loads the issues named, which take minutes more on a 2-core machine and prove nothing more.
 */
public final class TestLoad {

    private static final boolean FULL = "full".equals(System.getProperty("ginko.test.load", "build"));

    private TestLoad() {
    }

    /** {@code full} when the full load was asked for, else {@code build}. */
    public static int of(int build, int full) {
        return FULL ? full : build;
    }
}
