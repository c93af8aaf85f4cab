package nl.werkpad.access.security;

import java.time.Clock;
import java.util.List;
import nl.werkpad.access.PublicPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the API and actuator (stateless; HTTP Basic and/or OIDC bearer tokens; errors as
 * problem+json) and the pages (session, form log-in and/or OIDC log-in, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
// command-line commands (./werkpad import-esco, generate-market) run without a web server
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    private static final String[] SHELL_PATHS = {
        "/", LOGIN_PAGE, "/error", "/error/403", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/over"
    };

    @Bean
    OidcRoles oidcRoles(AccessProperties properties, AccountStore accounts, Clock clock) {
        return new OidcRoles(properties.oidc(), accounts, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            AccessProperties properties,
            List<PublicPath> publicPaths,
            OidcRoles oidcRoles,
            JsonMapper json)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json, properties.localAccounts());
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll();
                    requests.requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/openapi.json/**")
                            .permitAll();
                    permit(requests, publicPaths);
                    requests.requestMatchers("/actuator/**").hasRole("BEHEERDER");
                    requests.anyRequest().authenticated();
                })
                // stateless and no cookies: there is no ambient credential a forged request could ride on
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDenied()))
                .addFilterAfter(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class);
        if (properties.localAccounts()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems.entryPoint()));
        }
        AccessProperties.Oidc oidc = properties.oidc();
        if (oidc.enabled()) {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems.entryPoint())
                    .jwt(jwt -> jwt.decoder(
                                    new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(oidc.issuerUri())))
                            .jwtAuthenticationConverter(OidcPrincipals.tokenConverter(oidcRoles))));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            AccessProperties properties,
            List<PublicPath> publicPaths,
            OidcRoles oidcRoles,
            JsonMapper json)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(SHELL_PATHS).permitAll();
                    permit(requests, publicPaths);
                    requests.anyRequest().authenticated();
                })
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/?uitgelogd")
                        .deleteCookies("WERKPAD_SESSION"))
                // relative redirects to the log-in page: never an absolute URL built from a forged Host header
                .exceptionHandling(
                        errors -> errors.accessDeniedPage("/error/403").authenticationEntryPoint(relativeLogIn()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterAfter(
                        new PasswordChangeRequiredFilter(new ProblemResponses(json, true)), AuthorizationFilter.class);
        if (properties.localAccounts()) {
            // one answer for unknown, wrong, waiting (throttled) and disabled: nothing tells which it was
            http.formLogin(form ->
                    form.loginPage(LOGIN_PAGE).failureUrl(LOGIN_PAGE + "?error").defaultSuccessUrl("/", false));
        }
        AccessProperties.Oidc oidc = properties.oidc();
        if (oidc.enabled()) {
            http.oauth2Login(login -> login.loginPage(LOGIN_PAGE)
                    .clientRegistrationRepository(new InMemoryClientRegistrationRepository(registration(oidc)))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(OidcPrincipals.userService(oidcRoles))));
        }
        return http.build();
    }

    private static LoginUrlAuthenticationEntryPoint relativeLogIn() {
        var entryPoint = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    static ClientRegistration registration(AccessProperties.Oidc oidc) {
        return ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                .registrationId("oidc")
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope("openid", "profile", "email")
                .build();
    }

    private static void permit(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            List<PublicPath> publicPaths) {
        for (PublicPath path : publicPaths) {
            if (path.method() == null) {
                requests.requestMatchers(path.pattern()).permitAll();
            } else {
                requests.requestMatchers(path.method(), path.pattern()).permitAll();
            }
        }
    }
}
