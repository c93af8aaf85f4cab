package nl.werkpad.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Every response to a request under /api/v1 made through a {@code @WerkpadTest}'s MockMvc is checked against
 * the OpenAPI document that the same application serves (Atlassian's openapi-request-validator): status,
 * headers, media type and body schema. So the document cannot drift from the code, and every existing API
 * test is a contract test without being rewritten. Requests are not validated: tests send bad ones on purpose.
 */
public class ApiContractValidation implements MockMvcBuilderCustomizer {

    private static final String DOCUMENT = "/api/v1/openapi.json";
    private static final Map<WebApplicationContext, OpenApiInteractionValidator> VALIDATORS =
            Collections.synchronizedMap(new java.util.WeakHashMap<>());

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.alwaysDo(ApiContractValidation::check);
    }

    /** Fails with the validator's messages when the response is not what the document promises. */
    public static void check(MvcResult result) throws Exception {
        MockHttpServletRequest request = result.getRequest();
        String path = request.getRequestURI();
        if (!path.startsWith("/api/v1/") || path.equals(DOCUMENT)) {
            return;
        }
        ValidationReport report = validator(request)
                .validateResponse(path, Request.Method.valueOf(request.getMethod()), response(result.getResponse()));
        if (report.hasErrors()) {
            throw new AssertionError("The response to " + request.getMethod() + " " + path + " ("
                    + result.getResponse().getStatus() + ") does not match /api/v1/openapi.json:\n"
                    + report.getMessages().stream()
                            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                            .map(m -> "  " + m.getMessage()
                                    + m.getContext()
                                            .flatMap(ValidationReport.MessageContext::getPointers)
                                            .map(p -> " at " + p.getInstance())
                                            .orElse(""))
                            .distinct()
                            .limit(20)
                            .collect(java.util.stream.Collectors.joining("\n")));
        }
    }

    private static SimpleResponse response(MockHttpServletResponse response) throws Exception {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.getStatus());
        for (String name : response.getHeaderNames()) {
            builder.withHeader(name, response.getHeaders(name));
        }
        byte[] body = response.getContentAsByteArray();
        if (body.length > 0) {
            builder.withBody(new String(body, StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private static OpenApiInteractionValidator validator(MockHttpServletRequest request) {
        WebApplicationContext context =
                WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
        return VALIDATORS.computeIfAbsent(context, ApiContractValidation::load);
    }

    /**
     * networknt's validator (2.0.1) does not follow an OpenAPI discriminator mapping and refuses every value;
     * the document's subtypes also name their type value, so oneOf picks the right one without it.
     */
    private static String withoutDiscriminators(String document) {
        tools.jackson.databind.ObjectMapper mapper = new tools.jackson.databind.ObjectMapper();
        tools.jackson.databind.JsonNode tree = mapper.readTree(document);
        strip(tree, tree);
        return mapper.writeValueAsString(tree);
    }

    /**
     * Also merges allOf into one object schema: the validator treats a schema without additionalProperties as
     * closed, so each part of an allOf would refuse the other part's properties.
     */
    private static void strip(tools.jackson.databind.JsonNode node, tools.jackson.databind.JsonNode root) {
        if (node instanceof tools.jackson.databind.node.ObjectNode object) {
            object.remove("discriminator");
            if (object.get("allOf") instanceof tools.jackson.databind.node.ArrayNode parts) {
                tools.jackson.databind.node.ObjectNode properties = object.putObject("properties");
                tools.jackson.databind.node.ArrayNode required = object.putArray("required");
                for (tools.jackson.databind.JsonNode part : parts) {
                    tools.jackson.databind.JsonNode resolved = part.has("$ref")
                            ? root.at(part.get("$ref").asString().substring(1))
                            : part;
                    resolved.path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
                    resolved.path("required").forEach(required::add);
                }
                object.remove("allOf");
                object.put("type", "object");
            }
        }
        node.forEach(child -> strip(child, root));
    }

    private static OpenApiInteractionValidator load(WebApplicationContext context) {
        try {
            // a MockMvc of its own, without this handler, to read the document the application serves
            String document = MockMvcBuilders.webAppContextSetup(context)
                    .build()
                    .perform(get(DOCUMENT))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            return OpenApiInteractionValidator.createForInlineApiSpecification(withoutDiscriminators(document))
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    // allOf merged before validating: otherwise each part refuses the other part's properties
                    .withResolveCombinators(true)
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + DOCUMENT, e);
        }
    }
}
