/**
 * Ginko for Spring AI: Spring Boot auto-configuration of a {@link ai.ginko.core.CoordinationClient} and an agent, the
 * agent's coordination tools as Spring AI tool callbacks, an advisor that tells the model the news before each call,
 * a health indicator and Micrometer meters.
 */
module ai.ginko.springai {
    // The public classes show these modules' types (annotations, Spring AI's advisor and customizer interfaces, the
    // health and meter types), so a reader of this module reads them too.
    requires transitive ai.ginko.neo4j;
    requires transitive ai.ginko.tools;
    requires transitive spring.ai.client.chat;
    requires transitive spring.ai.model;
    requires transitive spring.boot;
    requires transitive spring.boot.autoconfigure;
    requires transitive spring.beans;
    requires transitive spring.context;
    requires spring.core;
    // Optional: the health indicator and the meters are configured only when the application has them.
    requires static transitive spring.boot.health;
    requires static transitive micrometer.core;
    requires tools.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports ai.ginko.springai;
    // Spring creates the configuration and properties classes reflectively.
    opens ai.ginko.springai to spring.core, spring.beans, spring.context, spring.boot;
}
