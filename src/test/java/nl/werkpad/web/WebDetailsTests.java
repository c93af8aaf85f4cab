package nl.werkpad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.web.layout.PublicBaseUrlFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WerkpadTest
class WebDetailsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aPageFormPostedWithoutItsCsrfTokenIsForbiddenNotMethodNotAllowed() throws Exception {
        mvc.perform(post("/beheer/accounts").param("username", "x").session(Demo.session(mvc, "beheerder")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password").param("password", "x")).andExpect(status().isForbidden());
    }

    @Test
    void redirectsNeverFollowAForgedHostHeader() throws Exception {
        MvcResult result = mvc.perform(get("/beheer/accounts")
                        .header("Host", "evil.example")
                        .header("X-Forwarded-Host", "evil.example"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .doesNotContain("evil.example")
                .endsWith("/login");
    }

    @Test
    void theConfiguredPublicBaseUrlIsWhatEveryRequestSees() throws Exception {
        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/vacatures");
        forged.addHeader("Host", "evil.example");
        forged.addHeader("X-Forwarded-Host", "evil.example");
        forged.setServerName("evil.example");
        MockFilterChain chain = new MockFilterChain();
        PublicBaseUrlFilter.filter(URI.create("https://werkpad.example.nl"))
                .doFilter(forged, new MockHttpServletResponse(), chain);
        var seen = (HttpServletRequest) chain.getRequest();
        assertThat(seen.getRequestURL().toString()).isEqualTo("https://werkpad.example.nl/vacatures");
        assertThat(seen.getServerName()).isEqualTo("werkpad.example.nl");
        assertThat(seen.getHeader("Host")).isEqualTo("werkpad.example.nl");
        assertThat(seen.getHeader("X-Forwarded-Host")).isNull();
        assertThat(seen.isSecure()).isTrue();
    }

    @Test
    void tooManyTriesAlwaysSayWhenToComeBack() throws Exception {
        String address = "10.72.0." + (int) (Math.random() * 200 + 1);
        int status = 200;
        for (int i = 0; i < 40 && status != 429; i++) {
            MvcResult result = mvc.perform(post("/api/v1/matches")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"skills\": [], \"municipality\": \"GM0361\"}")
                            .with(r -> {
                                r.setRemoteAddr(address);
                                return r;
                            }))
                    .andReturn();
            status = result.getResponse().getStatus();
            if (status == 429) {
                assertThat(Integer.parseInt(result.getResponse().getHeader("Retry-After")))
                        .isBetween(1, 60);
                assertThat(result.getResponse().getContentType()).contains("problem+json");
            }
        }
        assertThat(status).isEqualTo(429);
    }
}
