/**
 * Ginko for LangChain4j: the agent tools of {@code ai.ginko.tools} as LangChain4j tools ({@code GinkoToolProvider}),
 * and the agent's news added to every request to the model ({@code NewsInjector}).
 */
// LangChain4j 1.19 ships plain JARs, without a module descriptor or an Automatic-Module-Name: their module names
// (langchain4j.core, langchain4j) come from the file names, which javac warns about. They are the only names the JARs
// have, and the API of this module is made of their types, so it requires them (transitively) by these names.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module ai.ginko.langchain4j {
    requires transitive ai.ginko.core;
    requires transitive langchain4j.core;
    requires transitive langchain4j;
    requires ai.ginko.tools;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports ai.ginko.langchain4j;
}
