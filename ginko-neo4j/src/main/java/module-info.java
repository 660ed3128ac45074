/** The Ginko API over a shared Neo4j graph: {@link ai.ginko.neo4j.Neo4jCoordination} builds the client. */
module ai.ginko.neo4j {
    // The builder returns the core API's CoordinationClient and accepts the driver's Driver.
    requires transitive ai.ginko.core;
    requires transitive org.neo4j.driver;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports ai.ginko.neo4j;
}
