package org.atelier.web.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.atelier.events.envelope.EventType;
import org.atelier.events.schemas.EventContractViolation;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

class EventContractViolationProblemTest {

    @RestController
    static class RefusingController {
        @PostMapping("/things")
        void change() {
            throw new EventContractViolation(EventType.parse("org.atelier.loyalty.CustomerLost.v1"),
                    List.of("/competitor: must be at most 200 characters long"));
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusingController())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void anEventRefusedByItsSchemaIsAServerProblemNamingTheEventType() throws Exception {
        String body = mvc.perform(post("/things"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("\"eventType\":\"org.atelier.loyalty.CustomerLost.v1\"", "\"status\":500")
                .as("what broke the schema is for the logs, not the client").doesNotContain("competitor");
    }
}
