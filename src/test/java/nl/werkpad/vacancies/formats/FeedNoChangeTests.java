package nl.werkpad.vacancies.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.vacancies.FeedOutcome;
import nl.werkpad.vacancies.persistence.VacancyFeeds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A feed poll whose bytes differ but whose postings do not (the same postings in another order) rewrites nothing and
 * reports its refused postings again, from the record of the earlier poll; against a real HTTP server on loopback.
 */
@WerkpadTest
class FeedNoChangeTests {

    @Autowired
    FeedPoller poller;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private SignedInUser administrator() {
        var account = accounts.with(Role.BEHEERDER, "Beheerder ongewijzigd");
        return new SignedInUser(account.id(), account.username(), account.displayName(), Set.of(Role.BEHEERDER));
    }

    private static String posting(String run, int n, String title, String place) {
        return """
                {"@type": "JobPosting", %s "description": "Werk aan stalen constructies en kozijnen, project %d.",
                 "identifier": "N-%s-%d", "validThrough": "2099-01-01",
                 "hiringOrganization": {"name": "Werf ongewijzigd %s"},
                 "jobLocation": {"address": {"addressLocality": "%s"}}}""".formatted(title == null ? "" : "\"title\": \"" + title + "\",", n, run, n, run, place)
                .replace("\n", " ");
    }

    private static List<String> postings(String run) {
        return List.of(
                posting(run, 1, "Lasser", "Alkmaar"),
                posting(run, 2, "Timmerman", "Alkmaar"),
                posting(run, 3, "Lasser", "Atlantis"), // no such municipality
                posting(run, 4, "Stratenmaker", "Alkmaar"), // ESCO names no such occupation
                posting(run, 5, null, "Alkmaar")); // no title
    }

    /** Every row the feed's import wrote, with the transaction that wrote it last (xmin changes on every update). */
    private Map<String, Object> rows(String source) {
        var rows = new TreeMap<String, Object>();
        jdbc.sql("""
                select 's' || s.id, s.xmin::text || '/' || v.xmin::text from vacancies.vacancy_source s
                  join vacancies.vacancy v on v.id = s.vacancy_id where s.source = ?
                """)
                .param(source)
                .query((rs, n) -> rows.put(rs.getString(1), rs.getString(2)))
                .list();
        return rows;
    }

    private static String ndjson(List<String> lines) {
        return String.join("\n", lines);
    }

    @Test
    void theSamePostingsInAnotherOrderRewriteNothingAndAreRefusedAgainFromTheRecord() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> postings = postings(run);
        try (FeedServer server = new FeedServer().serveText(ndjson(postings), "application/x-ndjson")) {
            UUID feed = poller.register("Ongewijzigd " + run, server.url(), administrator());
            String source = "feed:" + feed;
            VacancyFeeds.Run first = poller.poll(feed);
            assertThat(first.outcome()).isEqualTo(FeedOutcome.IMPORTED);
            assertThat(first.created()).isEqualTo(2);
            assertThat(first.failed()).isEqualTo(3);
            assertThat(first.problems())
                    .contains("vacancy.import.municipality-unknown")
                    .contains("vacancy.import.occupation-unknown")
                    .contains("vacancy.import.title-missing");
            Map<String, Object> written = rows(source);
            assertThat(written).hasSize(2);
            assertThat(remembered(source)).isEqualTo(3);

            List<String> reversed = new ArrayList<>(postings);
            Collections.reverse(reversed);
            server.serveText(ndjson(reversed), "application/x-ndjson");
            VacancyFeeds.Run again = poller.poll(feed);
            assertThat(again.outcome()).isEqualTo(FeedOutcome.IMPORTED);
            assertThat(again.received()).isEqualTo(5);
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(again.failed()).isEqualTo(3);
            assertThat(again.created() + again.updated() + again.merged() + again.dropped())
                    .isZero();
            assertThat(rows(source)).as("no source or vacancy row rewritten").isEqualTo(written);
            // the same refusals, each under its number in the new order (the unknown place was 3rd, is 3rd again)
            assertThat(again.problems())
                    .contains("\"item\":1,\"field\":\"title\",\"rule\":\"vacancy.import.title-missing\"")
                    .contains("\"item\":2,\"field\":\"title\",\"rule\":\"vacancy.import.occupation-unknown\"")
                    .contains("\"item\":3,\"field\":\"jobLocation.address.addressLocality\"");

            // refused from the record, not by reading the posting again: what the record says is what is reported
            jdbc.sql("""
                    update vacancies.refused_posting set report = jsonb_set(report, '{problems,0,reason}',
                        '"zoals eerder geweigerd"') where source = ? and report::text like '%Stratenmaker%'
                    """).param(source).update();
            server.serveText(ndjson(postings), "application/x-ndjson");
            VacancyFeeds.Run third = poller.poll(feed);
            assertThat(third.failed()).isEqualTo(3);
            assertThat(third.problems()).contains("zoals eerder geweigerd");
            assertThat(rows(source)).isEqualTo(written);
        }
    }

    @Test
    void aRefusedPostingThatChangedIsReadAgainAndOneTheFeedDroppedIsForgotten() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> postings = new ArrayList<>(postings(run));
        try (FeedServer server = new FeedServer().serveText(ndjson(postings), "application/x-ndjson")) {
            UUID feed = poller.register("Gewijzigd " + run, server.url(), administrator());
            String source = "feed:" + feed;
            poller.poll(feed);
            assertThat(remembered(source)).isEqualTo(3);

            postings.set(2, posting(run, 3, "Lasser", "Hoorn")); // the place now exists
            postings.remove(4); // the posting without a title is gone
            server.serveText(ndjson(postings), "application/x-ndjson");
            VacancyFeeds.Run changed = poller.poll(feed);
            assertThat(changed.created()).isEqualTo(1);
            assertThat(changed.unchanged()).isEqualTo(2);
            assertThat(changed.failed()).isEqualTo(1);
            assertThat(remembered(source))
                    .as("only the occupation nobody names")
                    .isEqualTo(1);
        }
    }

    private long remembered(String source) {
        return jdbc.sql("select count(*) from vacancies.refused_posting where source = ?")
                .param(source)
                .query(Long.class)
                .single();
    }
}
