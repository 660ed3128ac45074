package ai.ginko.springai.example;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.TaskDefinition;
import java.io.PrintStream;
import java.util.List;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A Spring Boot agent: ginko-spring-ai configures its client and agent from {@code application.properties} and gives
 * its {@link ChatClient} the agent's tools and news; the model (scripted here) takes the next ready task of the
 * project, logs what it did and completes it. The agent is online while the application runs and offline when it
 * ends.
 */
@SpringBootApplication
public class SpringAgentApplication {

    /** The agent's instruction to its model. */
    static final String INSTRUCTION = "Take the next ready task, do it, log what you did, and complete it.";

    /** Creates the application's configuration (Spring does). */
    public SpringAgentApplication() {
    }

    public static void main(String[] args) {
        // The runner's work done, closing the context marks the agent offline at once.
        System.exit(SpringApplication.exit(SpringApplication.run(SpringAgentApplication.class, args)));
    }

    /** The model: scripted, so that the example runs without an API key. */
    @Bean
    ChatModel chatModel() {
        return new ScriptedSprintModel();
    }

    /** Two tasks of a demo sprint, before the work; defining them again changes nothing. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    CommandLineRunner defineSprint(CoordinationClient client) {
        return args -> client.tasks().define(List.of(
                TaskDefinition.builder("TASK-1", "Event log").capabilities(List.of("java")).build(),
                TaskDefinition.builder("TASK-2", "Long-poll API").dependsOn(List.of("TASK-1")).build()));
    }

    // tag::spring-ai[]
    @Bean
    CommandLineRunner work(ChatClient.Builder chatClients, PrintStream out) {
        // ginko-spring-ai added the agent's tools and the news advisor to this builder.
        ChatClient chat = chatClients.defaultSystem("You are one of several agents on this project.").build();
        return args -> out.println(chat.prompt().user(INSTRUCTION).call().content());
    }
    // end::spring-ai[]

    /** Where the agent prints its model's last answer. */
    @Bean
    @ConditionalOnMissingBean
    PrintStream out() {
        return System.out;
    }
}
