package nl.werkpad.shared.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the NL API Design Rules ask of every operation, added in one place instead of on 126 methods:
 * the {@code API-Version} header on every response (/core/version-header), every error as
 * application/problem+json with the {@code Problem} schema (/core/error-handling), the server URL with the
 * major version and paths relative to it (/core/uri-version), and one tag per module, defined at the top
 * level. Summaries and descriptions stay on the operations themselves: only the author knows what one does.
 */
final class ApiContract {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String VERSION_REF = "#/components/headers/API-Version";

    /** Module (top-level package) → tag name and description, Dutch first. */
    private static final Map<String, Tag> MODULES = modules(
            "access",
            "Toegang",
            "Wie u bent en welke rollen u hebt / who you are and which roles you have",
            "passport",
            "Paspoort",
            "Het vaardighedenpaspoort van een inwoner, toestemmingen, inzage en verwijdering "
                    + "/ a resident's skills passport, consents, access log and erasure",
            "matching",
            "Matching",
            "Passend werk en kandidaten op vaardigheden, opleidingsplannen en routes "
                    + "/ matching on skills, training plans and career routes",
            "vacancies",
            "Vacatures",
            "Vacatures van werkgevers, met import en export " + "/ employers' vacancies, with CSV import and export",
            "training",
            "Opleidingen",
            "Het opleidingsaanbod met de vaardigheden die het leert " + "/ training offers and the skills they teach",
            "fund",
            "Ontwikkelfonds",
            "Financieringsbronnen, ontwikkelrekeningen, vouchers en het grootboek "
                    + "/ funding sources, development accounts, vouchers and the ledger",
            "trajectories",
            "Trajecten",
            "Loopbaantrajecten, het servicepunt en personeelsuitwisseling "
                    + "/ career trajectories, service-point intake and staff exchange",
            "ecosystem",
            "Ecosysteem",
            "Campussen, coalities, de actieagenda en evenementen "
                    + "/ campuses, coalitions, the action agenda and events",
            "monitor",
            "Arbeidsmarktmonitor",
            "Spanning, vaardighedenkloof, stromen, doelen en statistiek "
                    + "/ tension, skills gap, flows, targets and statistics",
            "organisations",
            "Organisaties",
            "Werkgevers, scholen en hun vestigingen " + "/ employers, schools and their sites",
            "regions",
            "Regio's",
            "Gemeenten, arbeidsmarktregio's, provincies en afstanden "
                    + "/ municipalities, labour-market regions, provinces and distances",
            "taxonomy",
            "Vaardigheden en beroepen",
            "ESCO-vaardigheden en -beroepen zoeken en bekijken " + "/ search and read ESCO skills and occupations",
            "extraction",
            "Vaardigheden uit tekst",
            "ESCO-vaardigheden en -beroepen uit een cv, vacaturetekst of "
                    + "opleidingsbeschrijving, met de woorden die ertoe leidden / skills and occupations from a text");

    private ApiContract() {}

    /** The operation's tag is its module's: the package after {@code nl.werkpad}. */
    static Operation tagByModule(Operation operation, Class<?> controller) {
        String[] parts = controller.getPackageName().split("\\.");
        String module = parts.length > 2 ? parts[2] : "shared";
        Tag tag = MODULES.get(module);
        operation.setTags(new ArrayList<>(List.of(tag == null ? module : tag.getName())));
        return operation;
    }

    static void apply(OpenAPI api) {
        api.getComponents()
                .addHeaders(
                        ApiVersion.HEADER,
                        new Header()
                                .description("Volledige versie van de API (semver) / full API version")
                                .required(true)
                                .schema(new StringSchema().example(ApiVersion.CURRENT)));
        SchemaNames.shorten(api);
        api.getComponents().getSchemas().values().forEach(ApiContract::nullableUnlessRequired);
        api.getComponents().addSchemas("Problem", problemSchema());
        Paths relative = new Paths();
        Set<String> used = new TreeSet<>();
        RequestTextLengths.apply(api);
        api.getPaths().forEach((path, item) -> {
            item.readOperationsMap().forEach((method, operation) -> {
                responses(path, method, operation);
                if (operation.getTags() != null) {
                    used.addAll(operation.getTags());
                }
            });
            relative.addPathItem(
                    path.startsWith(ApiVersion.BASE_PATH) ? path.substring(ApiVersion.BASE_PATH.length()) : path, item);
        });
        api.setPaths(relative);
        api.setTags(used.stream()
                .map(name -> MODULES.values().stream()
                        .filter(t -> t.getName().equals(name))
                        .findFirst()
                        .orElse(new Tag().name(name).description(name)))
                .toList());
    }

    private static void responses(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ApiResponses rebuilt = new ApiResponses();
        responses.forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("3")) {
                rebuilt.addApiResponse(status, response.headers(withVersion(response.getHeaders())));
            }
        });
        boolean input = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (input) {
            rebuilt.addApiResponse(
                    "400",
                    problem("Ongeldige aanvraag: een veld of parameter klopt niet "
                            + "(met de regel en het veld) / bad request, naming the rule and the field"));
        }
        rebuilt.addApiResponse("401", problem("Niet ingelogd of verkeerde inloggegevens / not authenticated"));
        rebuilt.addApiResponse("403", problem("Uw rol of relatie geeft hier geen toegang toe / not allowed for you"));
        rebuilt.addApiResponse(
                "404",
                problem("Bestaat niet (of niet voor u), ook een genoemd id in de aanvraag "
                        + "/ not found, or an id named in the request does not exist"));
        if (write) {
            rebuilt.addApiResponse("409", problem("Botst met de huidige toestand / conflicts with the current state"));
        }
        if (write || input) {
            rebuilt.addApiResponse(
                    "422",
                    problem("Een bedrijfsregel staat dit niet toe (de regel staat erbij) "
                            + "/ a business rule refuses it, named in 'rule'"));
        }
        rebuilt.addApiResponse("429", problem("Te veel aanvragen; probeer het later opnieuw / too many requests"));
        rebuilt.addApiResponse(
                "500", problem("Onverwachte fout; het verzoek-id staat in X-Request-Id " + "/ unexpected error"));
        operation.setResponses(rebuilt);
    }

    /**
     * Jackson writes an absent value of a record component as null, so a property that is not required may be
     * null, and the document says so (OpenAPI 3.1: "null" among the types, and in the enum).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableUnlessRequired(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        Set<String> required = schema.getRequired() == null ? Set.of() : Set.copyOf(schema.getRequired());
        Map<String, Schema> properties = (Map) schema.getProperties();
        properties.replaceAll((name, property) -> {
            nullableUnlessRequired(property);
            if (required.contains(name)) {
                return property;
            }
            if (property.get$ref() != null) {
                return new Schema<>()
                        .anyOf(List.of(
                                new Schema<>().$ref(property.get$ref()),
                                new Schema<>().types(new LinkedHashSet<>(List.of("null")))));
            }
            Set<String> types = property.getTypes() != null
                    ? new LinkedHashSet<>(property.getTypes())
                    : property.getType() != null ? new LinkedHashSet<>(List.of(property.getType())) : null;
            if (types != null && !types.contains("null")) {
                types.add("null");
                property.setTypes(types);
                if (property.getEnum() != null && !property.getEnum().contains(null)) {
                    property.getEnum().add(null);
                }
            }
            return property;
        });
    }

    private static Map<String, Header> withVersion(Map<String, Header> headers) {
        Map<String, Header> all = headers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(headers);
        all.put(ApiVersion.HEADER, new Header().$ref(VERSION_REF));
        return all;
    }

    // inline, not a $ref to components/responses, so that a linter reading the unresolved document sees it too
    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .headers(withVersion(null))
                .content(new Content()
                        .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
    }

    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema()
                .additionalProperties(true)
                .description("Eén fout: veld of regel, of bestand en regelnummer / one error")
                .addProperty("field", new StringSchema())
                .addProperty("rule", new StringSchema())
                .addProperty("message", new StringSchema())
                .addProperty("file", new StringSchema())
                .addProperty("line", new IntegerSchema())
                .addProperty("column", new StringSchema().description("De kolom in een CSV-bestand / the CSV column"))
                .addProperty("limit", new Schema<>().description("De grens van de regel / the rule's limit"));
        return new ObjectSchema()
                .additionalProperties(true)
                .description("Een fout volgens RFC 9457 (problem details) / an error as RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").description("Soort fout / problem type"))
                .addProperty("title", new StringSchema().description("Korte titel / short title"))
                .addProperty("status", new IntegerSchema().description("HTTP-status"))
                .addProperty("detail", new StringSchema().description("Uitleg voor mensen / explanation"))
                .addProperty(
                        "instance",
                        new StringSchema()
                                .format("uri-reference")
                                .description("Het verzoek waarover het gaat / the request concerned"))
                .addProperty("rule", new StringSchema().description("De geschonden regel / the rule refused"))
                .addProperty(
                        "kind", new StringSchema().description("Soort ding dat niet bestaat / kind of thing not found"))
                .addProperty("field", new StringSchema().description("Het veld waar het om gaat / the field concerned"))
                .addProperty("errors", new ArraySchema().items(error).description("Fouten per veld / per field"))
                .required(List.of("title", "status"));
    }

    private static Map<String, Tag> modules(String... triples) {
        Map<String, Tag> map = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            map.put(triples[i], new Tag().name(triples[i + 1]).description(triples[i + 2]));
        }
        return Map.copyOf(map);
    }
}
