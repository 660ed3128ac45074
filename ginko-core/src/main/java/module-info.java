/**
 * The Ginko API that agents code against ({@code ai.ginko.core}), the store SPI that a backend implements
 * ({@code ai.ginko.core.spi}) and the in-memory test double ({@code ai.ginko.core.memory}).
 */
// The qualified export names a module that is compiled later, which javac warns about ("module not found").
@SuppressWarnings("module")
module ai.ginko.core {
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports ai.ginko.core;
    exports ai.ginko.core.spi;
    exports ai.ginko.core.memory;
    exports ai.ginko.core.paths;
    // The client behind the API, shared with the Neo4j adapter only; the JDK exports its internals to its own
    // modules the same way. Nobody else can reach it.
    exports ai.ginko.core.internal to ai.ginko.neo4j;
}
