package nl.werkpad.vacancies.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.vacancies.ContractType;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyKind;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A vacancy as schema.org {@code JobPosting} JSON-LD: what Google's job search requires (title, description,
 * datePosted, hiringOrganization, jobLocation) and recommends (validThrough, employmentType, baseSalary,
 * identifier, directApply), plus occupationalCategory (ESCO occupation and ISCO code) and skills. Pure: the
 * caller gives what the vacancy refers to (the organisation, the province, the ISCO code, the page URL).
 */
public final class JobPostingJsonLd {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private JobPostingJsonLd() {}

    /** What the vacancy refers to, looked up by the caller. */
    public record Context(
            String pageUrl, Optional<Organisation> organisation, String province, String iscoCode, String applyUrl) {}

    public static ObjectNode of(Vacancy v, Context c) {
        ObjectNode node = NODES.objectNode();
        node.put("@context", "https://schema.org/");
        node.put("@type", "JobPosting");
        node.put("url", c.pageUrl());
        node.put("title", v.title());
        node.put("description", v.description() == null || v.description().isBlank() ? v.title() : v.description());
        node.put("datePosted", v.createdAt().atZone(NL).toLocalDate().toString());
        if (v.closingDate() != null) {
            node.put("validThrough", endOfDay(v.closingDate()));
        }
        ObjectNode identifier = node.putObject("identifier");
        identifier.put("@type", "PropertyValue");
        identifier.put("name", "Werkpad");
        identifier.put("value", v.id().toString());
        node.set("hiringOrganization", organisation(v, c.organisation()));
        ObjectNode place = node.putObject("jobLocation");
        place.put("@type", "Place");
        ObjectNode address = place.putObject("address");
        address.put("@type", "PostalAddress");
        address.put("addressLocality", v.municipality().name());
        if (c.province() != null) {
            address.put("addressRegion", c.province());
        }
        address.put("addressCountry", "NL");
        ArrayNode types = node.putArray("employmentType");
        employmentTypes(v).forEach(types::add);
        if (v.salaryMinCents() != null || v.salaryMaxCents() != null) {
            node.set("baseSalary", salary(v.salaryMinCents(), v.salaryMaxCents()));
        }
        if (v.hoursPerWeek() != null) {
            node.put("workHours", v.hoursPerWeek() + " uur per week");
        }
        node.put("directApply", c.applyUrl() != null);
        if (v.occupation() != null) {
            ObjectNode category = node.putObject("occupationalCategory");
            category.put("@type", "CategoryCode");
            category.put("name", v.occupation().label());
            category.put("codeValue", c.iscoCode() == null ? v.occupation().id() : c.iscoCode());
            category.put(
                    "inCodeSet", c.iscoCode() == null ? "https://ec.europa.eu/esco" : "https://www.ilo.org/isco-08");
            category.put("url", v.occupation().uri());
        }
        List<SkillRef> skills = new ArrayList<>(v.essentialSkills());
        skills.addAll(v.optionalSkills());
        if (!skills.isEmpty()) {
            ArrayNode list = node.putArray("skills");
            for (SkillRef s : skills) {
                ObjectNode skill = list.addObject();
                skill.put("@type", "DefinedTerm");
                skill.put("name", s.label());
                skill.put("termCode", s.uri());
                skill.put("inDefinedTermSet", "https://ec.europa.eu/esco");
            }
        }
        return node;
    }

    /** A page of postings as an {@code ItemList}, with the URL of the next page when there is one. */
    public static ObjectNode itemList(List<ObjectNode> postings, long total, int offset, String nextUrl) {
        ObjectNode list = NODES.objectNode();
        list.put("@context", "https://schema.org/");
        list.put("@type", "ItemList");
        list.put("numberOfItems", total);
        ArrayNode items = list.putArray("itemListElement");
        int position = offset;
        for (ObjectNode posting : postings) {
            ObjectNode item = items.addObject();
            item.put("@type", "ListItem");
            item.put("position", ++position);
            posting.remove("@context");
            item.set("item", posting);
        }
        if (nextUrl != null) {
            list.put("nextItem", nextUrl);
        }
        return list;
    }

    /** Plain JSON text (for the API). */
    public static String text(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    /**
     * JSON that is safe inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} only ever occur
     * inside JSON strings, where their unicode escapes mean the same, so {@code </script>} cannot end the block.
     */
    public static String forScript(JsonNode node) {
        return JSON.writeValueAsString(node)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    private static ObjectNode organisation(Vacancy v, Optional<Organisation> found) {
        ObjectNode org = NODES.objectNode();
        org.put("@type", "Organization");
        org.put("name", v.organisation().name());
        found.ifPresent(o -> {
            if (o.website() != null && !o.website().isBlank()) {
                org.put("sameAs", o.website());
            }
            if (o.kvkNumber() != null) {
                ObjectNode kvk = org.putObject("identifier");
                kvk.put("@type", "PropertyValue");
                kvk.put("propertyID", "KvK");
                kvk.put("value", o.kvkNumber());
            }
        });
        return org;
    }

    static List<String> employmentTypes(Vacancy v) {
        List<String> types = new ArrayList<>();
        if (v.kind() == VacancyKind.INTERNSHIP) {
            types.add("INTERN");
        }
        if (v.hoursPerWeek() != null) {
            types.add(v.hoursPerWeek() >= 32 ? "FULL_TIME" : "PART_TIME");
        }
        if (v.contractType() != null) {
            String type =
                    switch (v.contractType()) {
                        case TEMPORARY -> "TEMPORARY";
                        case FREELANCE -> "CONTRACTOR";
                        case ON_CALL -> "PER_DIEM";
                        case PERMANENT, APPRENTICESHIP -> null;
                    };
            if (type != null) {
                types.add(type);
            }
        }
        if (types.isEmpty()) {
            types.add(
                    v.contractType() == ContractType.APPRENTICESHIP || v.kind() == VacancyKind.LEARNING_PLACE
                            ? "OTHER"
                            : "FULL_TIME");
        }
        return types;
    }

    private static ObjectNode salary(Long min, Long max) {
        ObjectNode amount = NODES.objectNode();
        amount.put("@type", "MonetaryAmount");
        amount.put("currency", "EUR");
        ObjectNode value = amount.putObject("value");
        value.put("@type", "QuantitativeValue");
        if (min != null && max != null && min.equals(max)) {
            value.put("value", euros(min));
        } else {
            if (min != null) {
                value.put("minValue", euros(min));
            }
            if (max != null) {
                value.put("maxValue", euros(max));
            }
        }
        value.put("unitText", "MONTH");
        return amount;
    }

    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static String endOfDay(LocalDate date) {
        return date.atTime(23, 59, 59).atZone(NL).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
