package nl.werkpad.vacancies.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.werkpad.shared.Limits;
import nl.werkpad.vacancies.ContractType;
import nl.werkpad.vacancies.VacancyKind;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

/**
 * What a schema.org JobPosting says, read the way sites actually write it: strings or objects, one value or a
 * list, HTML in the description, salary as a number, a range or text. Pure: names are not resolved here
 * (occupation, organisation, municipality are looked up by the importer). Problems carry the field and the rule.
 */
public final class JobPostingFields {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private JobPostingFields() {}

    public record Location(String locality, String postalCode, String region, String country) {}

    public record Organisation(String name, String sameAs, String kvkNumber) {}

    /** A problem with one field of one posting; {@code rule} is also a message key. */
    public record Problem(String field, String rule, String reason) {}

    public record Fields(
            String identifier,
            String title,
            String description,
            String occupationUri,
            Organisation organisation,
            List<Location> locations,
            VacancyKind kind,
            ContractType contractType,
            Integer hoursPerWeek,
            SalaryText.Range salary,
            LocalDate datePosted,
            LocalDate validThrough,
            String url,
            boolean directApply) {}

    /** The fields, what stops the posting from being imported, and what was left out without stopping it. */
    public record Read(Fields fields, List<Problem> problems, List<Problem> notes) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Read read(JsonNode posting) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        String title = text(posting.get("title"));
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "vacancy.import.title-missing", "A JobPosting needs a title"));
        } else if (title.length() > Limits.TITLE) {
            problems.add(
                    new Problem("title", "vacancy.import.title-too-long", "The title is longer than " + Limits.TITLE));
        }
        String description = plain(text(posting.get("description")));
        if (description != null && description.length() > Limits.DESCRIPTION) {
            description = description.substring(0, Limits.DESCRIPTION);
            notes.add(new Problem(
                    "description",
                    "vacancy.import.description-cut",
                    "The description was cut to " + Limits.DESCRIPTION + " characters"));
        }
        Organisation organisation = organisation(posting.get("hiringOrganization"));
        if (organisation == null
                || organisation.name() == null
                || organisation.name().isBlank()) {
            problems.add(new Problem(
                    "hiringOrganization",
                    "vacancy.import.organisation-missing",
                    "A JobPosting needs hiringOrganization with a name"));
        }
        List<Location> locations = locations(posting.get("jobLocation"));
        if (locations.size() > 1) {
            notes.add(new Problem(
                    "jobLocation",
                    "vacancy.import.several-locations",
                    "Several locations: the first one Werkpad knows is used"));
        }
        if (locations.isEmpty()) {
            problems.add(new Problem(
                    "jobLocation",
                    "vacancy.import.location-missing",
                    "A JobPosting needs jobLocation with an address (addressLocality)"));
        }
        List<String> types = all(posting.get("employmentType")).stream()
                .map(t -> t.toUpperCase(Locale.ROOT).replace('-', '_'))
                .toList();
        SalaryText.Range salary = null;
        JsonNode baseSalary = posting.get("baseSalary");
        if (baseSalary != null && !baseSalary.isNull()) {
            var parsed = SalaryText.of(baseSalary);
            if (parsed instanceof SalaryText.Parsed.Known known) {
                salary = known.range();
            } else if (parsed instanceof SalaryText.Parsed.Unknown unknown) {
                notes.add(new Problem("baseSalary", "vacancy.import.salary-unreadable", unknown.reason()));
            }
        }
        LocalDate posted = date(posting.get("datePosted"), "datePosted", problems);
        LocalDate validThrough = date(posting.get("validThrough"), "validThrough", problems);
        String url = text(posting.get("url"));
        JsonNode category = posting.get("occupationalCategory");
        String occupationUri = all(category).stream()
                .filter(c -> c.contains("data.europa.eu/esco/occupation/"))
                .findFirst()
                .orElse(category != null && category.isObject() ? text(category.get("url")) : null);
        VacancyKind kind = types.contains("INTERN") ? VacancyKind.INTERNSHIP : VacancyKind.JOB;
        ContractType contract = types.contains("TEMPORARY")
                ? ContractType.TEMPORARY
                : types.contains("CONTRACTOR")
                        ? ContractType.FREELANCE
                        : types.contains("PER_DIEM") ? ContractType.ON_CALL : null;
        Integer hours = hours(posting.get("workHours"));
        return new Read(
                new Fields(
                        identifier(posting.get("identifier")),
                        title == null ? null : title.strip(),
                        description,
                        occupationUri,
                        organisation,
                        locations,
                        kind,
                        contract,
                        hours,
                        salary,
                        posted,
                        validThrough,
                        url,
                        posting.path("directApply").asBoolean(false)),
                problems,
                notes);
    }

    /** Text without HTML tags and entities, paragraphs kept as line breaks. */
    public static String plain(String html) {
        if (html == null) {
            return null;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        var document = Jsoup.parse(html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>", "$0\n"));
        document.outputSettings().prettyPrint(false);
        return document.wholeText()
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{2,}", "\n")
                .strip();
    }

    /** Only the title and validThrough, for a posting recognised as unchanged (the rest was read when it came). */
    public record Glance(String title, LocalDate validThrough) {}

    public static Glance glance(JsonNode posting) {
        return new Glance(
                text(posting.get("title")), date(posting.get("validThrough"), "validThrough", new ArrayList<>()));
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            return node.has("name") ? text(node.get("name")) : node.has("@value") ? text(node.get("@value")) : null;
        }
        return node.asString();
    }

    static List<String> all(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(n -> values.addAll(all(n)));
        } else if (node.isObject()) {
            for (String key : List.of("codeValue", "url", "name")) {
                if (node.hasNonNull(key)) {
                    values.add(node.get(key).asString());
                }
            }
        } else {
            values.add(node.asString());
        }
        return values;
    }

    private static String identifier(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            return node.hasNonNull("value") ? node.get("value").asString() : text(node.get("@id"));
        }
        return text(node);
    }

    private static Organisation organisation(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : organisation(node.get(0));
        }
        if (!node.isObject()) {
            return new Organisation(node.asString().strip(), null, null);
        }
        String sameAs = text(node.get("sameAs"));
        if (sameAs == null) {
            sameAs = text(node.get("url"));
        }
        String kvk = null;
        for (JsonNode id :
                node.path("identifier").isArray() ? node.get("identifier") : List.of(node.path("identifier"))) {
            String value = id.isObject() ? id.path("value").asString(null) : id.isValueNode() ? id.asString() : null;
            String digits = value == null ? "" : value.replaceAll("(?i)kvk|[\\s.:-]", "");
            if (digits.matches("[0-9]{8}")) {
                kvk = digits;
            }
        }
        String name = text(node.get("name"));
        return new Organisation(name == null ? null : name.strip(), sameAs, kvk);
    }

    private static List<Location> locations(JsonNode node) {
        List<Location> found = new ArrayList<>();
        if (node == null || node.isNull()) {
            return found;
        }
        if (node.isArray()) {
            node.forEach(n -> found.addAll(locations(n)));
            return found;
        }
        JsonNode address = node.has("address") ? node.get("address") : node;
        if (address.isArray()) {
            address.forEach(a -> found.addAll(locations(a)));
            return found;
        }
        if (address.isValueNode()) {
            found.add(new Location(address.asString().strip(), null, null, null));
        } else if (address.isObject()) {
            String locality = text(address.get("addressLocality"));
            String postal = text(address.get("postalCode"));
            if (locality != null || postal != null) {
                found.add(new Location(
                        locality == null ? null : locality.strip(),
                        postal,
                        text(address.get("addressRegion")),
                        text(address.get("addressCountry"))));
            }
        }
        return found;
    }

    private static LocalDate date(JsonNode node, String field, List<Problem> problems) {
        String text = text(node);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() <= 10
                    ? LocalDate.parse(text.strip())
                    : OffsetDateTime.parse(text.strip()).atZoneSameInstant(NL).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip()).toLocalDate();
            } catch (DateTimeParseException again) {
                problems.add(
                        new Problem(field, "vacancy.import.date-invalid", field + " is not an ISO 8601 date: " + text));
                return null;
            }
        }
    }

    private static Integer hours(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        var m = Pattern.compile(
                        "(\\d{1,2})\\s*(?:-\\s*(\\d{1,2}))?\\s*(?:uur|hours|u\\b|h\\b)", Pattern.CASE_INSENSITIVE)
                .matcher(text);
        if (!m.find()) {
            return null;
        }
        int hours = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(1));
        return hours >= 1 && hours <= 60 ? hours : null;
    }
}
