package nl.werkpad.vacancies.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shapes JobPostings arrive in, and what is not a JobPosting. */
class JobPostingReaderTests {

    static byte[] resource(String name) throws Exception {
        try (var in = JobPostingReaderTests.class.getResourceAsStream("/formats/jobpostings/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{run}}", "r")
                    .replace("{{kvk}}", "12345678")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsOneObjectAnItemListAnArrayAndAGraph() throws Exception {
        assertThat(JobPostingReader.read(resource("single.jsonld")).items()).hasSize(1);
        var list = JobPostingReader.read(resource("itemlist.jsonld"));
        assertThat(list.shape()).isEqualTo(JobPostingReader.Shape.JSON);
        assertThat(list.items()).extracting(JobPostingReader.Item::number).containsExactly(1, 2, 3, 4);
        assertThat(JobPostingReader.read(
                                "[{\"@type\":\"JobPosting\",\"title\":\"a\"},{\"@type\":\"schema:JobPosting\"}]"
                                        .getBytes(StandardCharsets.UTF_8))
                        .items())
                .hasSize(2);
    }

    @Test
    void readsTheJsonLdBlocksOfAnHtmlPageAndSkipsOtherTypesThere() throws Exception {
        var read = JobPostingReader.read(resource("page.html"));
        assertThat(read.shape()).isEqualTo(JobPostingReader.Shape.HTML);
        assertThat(read.items()).hasSize(1);
        assertThat(read.unreadable()).isEmpty();
        assertThat(read.items().getFirst().posting().path("title").asString()).isEqualTo("Lasser");
    }

    @Test
    void readsNdjsonAndNamesTheLineThatIsBroken() throws Exception {
        var read = JobPostingReader.read(resource("postings.ndjson"));
        assertThat(read.shape()).isEqualTo(JobPostingReader.Shape.NDJSON);
        assertThat(read.items()).extracting(JobPostingReader.Item::number).containsExactly(1, 3);
        assertThat(read.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.number()).isEqualTo(2);
            assertThat(u.rule()).isEqualTo("vacancy.import.json-invalid");
        });
    }

    @Test
    void refusesInvalidJsonAnOtherTypeAndAHugeInput() {
        assertThat(JobPostingReader.read("{\"@type\": \"JobPosting\", ".getBytes(StandardCharsets.UTF_8))
                        .unreadable())
                .extracting(JobPostingReader.Unreadable::rule)
                .containsExactly("vacancy.import.json-invalid");
        assertThat(JobPostingReader.read("{\"@type\": \"Person\"}".getBytes(StandardCharsets.UTF_8))
                        .unreadable())
                .extracting(JobPostingReader.Unreadable::rule)
                .containsExactly("vacancy.import.not-a-job-posting");
        assertThat(JobPostingReader.read(new byte[JobPostingReader.MAX_BYTES + 1])
                        .unreadable())
                .extracting(JobPostingReader.Unreadable::rule)
                .containsExactly("vacancy.import.too-large");
    }
}
