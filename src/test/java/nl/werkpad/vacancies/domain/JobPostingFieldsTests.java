package nl.werkpad.vacancies.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.werkpad.vacancies.ContractType;
import nl.werkpad.vacancies.VacancyKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading JobPostings the way sites write them, right and wrong. */
class JobPostingFieldsTests {

    static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    @Test
    void readsEveryMappedPropertyOfACompletePosting() {
        var read = JobPostingFields.read(json("""
                {"@type": "JobPosting", "title": " Lasser ", "description": "<p>Lassen &amp; <b>snijden</b></p><p>Tweede</p>",
                 "identifier": {"@type": "PropertyValue", "value": "X-1"}, "datePosted": "2026-11-20",
                 "validThrough": "2027-01-31T23:30:00+01:00", "employmentType": ["PART_TIME", "INTERN"], "workHours": "24-32 uur",
                 "hiringOrganization": {"name": "Werf", "sameAs": "https://werf.nl", "identifier": "KvK 12.34.56.78"},
                 "jobLocation": {"address": {"addressLocality": "Alkmaar", "postalCode": "1811 AA"}},
                 "baseSalary": {"currency": "EUR", "value": {"minValue": "2.800,50", "maxValue": 3400, "unitText": "MONTH"}},
                 "url": "https://jobs.example/1", "directApply": true}"""));
        assertThat(read.ok()).isTrue();
        var f = read.fields();
        assertThat(f.title()).isEqualTo("Lasser");
        assertThat(f.description()).isEqualTo("Lassen & snijden\nTweede");
        assertThat(f.identifier()).isEqualTo("X-1");
        assertThat(f.datePosted()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(f.validThrough()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(f.kind()).isEqualTo(VacancyKind.INTERNSHIP);
        assertThat(f.hoursPerWeek()).isEqualTo(32);
        assertThat(f.organisation())
                .isEqualTo(new JobPostingFields.Organisation("Werf", "https://werf.nl", "12345678"));
        assertThat(f.locations()).containsExactly(new JobPostingFields.Location("Alkmaar", "1811 AA", null, null));
        assertThat(f.salary()).isEqualTo(new SalaryText.Range(280_050L, 340_000L));
        assertThat(f.url()).isEqualTo("https://jobs.example/1");
        assertThat(f.directApply()).isTrue();
    }

    @Test
    void namesEveryMissingRequiredProperty() {
        var read = JobPostingFields.read(json("""
                {"@type": "JobPosting", "description": "zonder titel", "validThrough": "morgen"}"""));
        assertThat(read.problems())
                .extracting(JobPostingFields.Problem::rule)
                .containsExactlyInAnyOrder(
                        "vacancy.import.title-missing",
                        "vacancy.import.organisation-missing",
                        "vacancy.import.location-missing",
                        "vacancy.import.date-invalid");
        assertThat(read.problems()).extracting(JobPostingFields.Problem::field).contains("title", "validThrough");
    }

    @Test
    void salaryAsTextOrUnreadableSalaryIsANoteNotARefusal() {
        var text = JobPostingFields.read(json("""
                {"title": "T", "hiringOrganization": "O", "jobLocation": {"address": "Hoorn"}, "baseSalary": "€ 18,50 per uur",
                 "employmentType": "CONTRACTOR"}"""));
        assertThat(text.ok()).isTrue();
        assertThat(text.fields().salary()).isEqualTo(new SalaryText.Range(304_640L, 304_640L));
        assertThat(text.fields().contractType()).isEqualTo(ContractType.FREELANCE);
        assertThat(text.fields().locations())
                .extracting(JobPostingFields.Location::locality)
                .containsExactly("Hoorn");
        var unreadable = JobPostingFields.read(json("""
                {"title": "T", "hiringOrganization": "O", "jobLocation": {"address": {"addressLocality": "Hoorn"}},
                 "baseSalary": {"currency": "EUR", "value": "Marktconform"}}"""));
        assertThat(unreadable.ok()).isTrue();
        assertThat(unreadable.fields().salary()).isNull();
        assertThat(unreadable.notes())
                .extracting(JobPostingFields.Problem::rule)
                .containsExactly("vacancy.import.salary-unreadable");
    }

    @Test
    void salariesInOtherUnitsBecomeMonthlyEuros() {
        assertThat(((SalaryText.Parsed.Known) SalaryText.fromText("€ 2.800 - € 3.400 per maand", null)).range())
                .isEqualTo(new SalaryText.Range(280_000L, 340_000L));
        assertThat(((SalaryText.Parsed.Known) SalaryText.fromText("42000 per jaar", null)).range())
                .isEqualTo(new SalaryText.Range(350_000L, 350_000L));
        assertThat(((SalaryText.Parsed.Known) SalaryText.of(json("""
                {"currency": "EUR", "value": {"value": 45000, "unitText": "YEAR"}}"""))).range())
                .isEqualTo(new SalaryText.Range(375_000L, 375_000L));
        assertThat(SalaryText.of(json("""
                {"currency": "USD", "value": 5000}"""))).isInstanceOf(SalaryText.Parsed.Unknown.class);
    }

    @Test
    void severalLocationsAreAllReadAndNoted() {
        var read = JobPostingFields.read(json("""
                {"title": "T", "hiringOrganization": "O",
                 "jobLocation": [{"address": {"addressLocality": "Atlantis"}}, {"address": {"addressLocality": "Hoorn"}}]}"""));
        assertThat(read.fields().locations())
                .extracting(JobPostingFields.Location::locality)
                .containsExactly("Atlantis", "Hoorn");
        assertThat(read.notes())
                .extracting(JobPostingFields.Problem::rule)
                .containsExactly("vacancy.import.several-locations");
    }
}
