package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Message;
import ai.ginko.core.MessageDraft;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesEndpointTest extends DashboardApiTest {

    @Test
    void listsAnAgentsMessagesNewestFirstWithItsReadStateAndFiltersUnread() {
        CoordinationClient client = server.client(organization, "checkout");
        try (AgentSession sender = client.startAgent(AgentRegistration.named("Implementer"));
             AgentSession reviewer = client.startAgent(AgentRegistration.named("Reviewer"))) {
            Message first = sender.messages().send(MessageDraft.to("Reviewer").subject("first").build());
            Message second = sender.messages().send(MessageDraft.to("Reviewer").subject("second")
                    .ackRequired(true).build());
            reviewer.messages().markRead(List.of(first.id()));

            JsonNode all = server.getJson("/api/v1/messages?project=checkout&agent=" + reviewer.agentId(), token);
            JsonNode unread = server.getJson("/api/v1/messages?project=checkout&agent=" + reviewer.agentId()
                    + "&unread=true", token);

            assertThat(all.get("messages")).extracting(m -> m.get("id").asText())
                    .containsExactly(second.id(), first.id());
            JsonNode newest = all.get("messages").get(0);
            assertThat(newest.get("from").asText()).isEqualTo(sender.agentId());
            assertThat(newest.get("subject").asText()).isEqualTo("second");
            assertThat(newest.get("ack_required").asBoolean()).isTrue();
            assertThat(newest.get("read_at").isNull()).isTrue();
            assertThat(all.get("messages").get(1).get("read_at").isNull()).isFalse();
            assertThat(unread.get("messages")).extracting(m -> m.get("id").asText()).containsExactly(second.id());
            assertThat(reviewer.messages().message(second.id()).orElseThrow().readAt())
                    .as("reading through the bridge marks nothing").isEmpty();
        }
    }

    @Test
    void agentsCarryTheirUnreadCountAndDetailsTheirRecentMessages() {
        CoordinationClient client = server.client(organization, "checkout");
        try (AgentSession sender = client.startAgent(AgentRegistration.named("Implementer"));
             AgentSession reviewer = client.startAgent(AgentRegistration.named("Reviewer"))) {
            sender.messages().send(MessageDraft.to("Reviewer").subject("please review").build());

            JsonNode agents = server.getJson("/api/v1/agents?project=checkout", token).get("agents");
            JsonNode details = server.getJson("/api/v1/agents/" + reviewer.agentId() + "?project=checkout", token);

            assertThat(agents).filteredOn(a -> a.get("agent_id").asText().equals(reviewer.agentId()))
                    .singleElement().satisfies(a -> assertThat(a.get("unread_messages").asLong()).isEqualTo(1));
            assertThat(details.get("recent_messages")).singleElement()
                    .satisfies(m -> assertThat(m.get("subject").asText()).isEqualTo("please review"));
        }
    }

    @Test
    void anUnknownAgentIsNotFoundAndABadUnreadValueIsABadParameter() {
        server.existingProject(organization, "checkout");

        HttpResponse<String> unknown = server.get("/api/v1/messages?project=checkout&agent=agent_nobody", token);
        HttpResponse<String> bad = server.get("/api/v1/messages?project=checkout&agent=a&unread=yes", token);
        HttpResponse<String> missing = server.get("/api/v1/messages?project=checkout", token);
        HttpResponse<String> anonymous = server.get("/api/v1/messages?project=checkout&agent=a", null);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(bad.body()).get("parameter").asText()).isEqualTo("unread");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void anotherOrganizationsTokenSeesNoneOfTheMessages() {
        CoordinationClient client = server.client(organization, "checkout");
        try (AgentSession sender = client.startAgent(AgentRegistration.named("Implementer"));
             AgentSession reviewer = client.startAgent(AgentRegistration.named("Reviewer"))) {
            sender.messages().send(MessageDraft.to("Reviewer").subject("ours").build());
            String otherToken = server.tokenFor(TestServer.newOrganization());

            HttpResponse<String> theirs = server.get("/api/v1/messages?project=checkout&agent="
                    + reviewer.agentId(), otherToken);

            assertThat(theirs.statusCode()).as("their project has no such agent").isEqualTo(404);
        }
    }
}
