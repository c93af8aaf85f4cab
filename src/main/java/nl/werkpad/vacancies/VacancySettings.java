package nl.werkpad.vacancies;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the vacancies module (prefix {@code werkpad.vacancies}).
 *
 * @param feeds   how JobPosting feeds are polled
 * @param imports how JobPosting imports share out their work
 */
@ConfigurationProperties("werkpad.vacancies")
public record VacancySettings(
        @DefaultValue Feeds feeds, @DefaultValue Imports imports) {

    /**
     * @param batchSize postings written per transaction (each in a savepoint of its own)
     * @param threads   threads that read postings (extraction) ahead of the writer; 0: one per processor
     */
    public record Imports(
            @DefaultValue("200") int batchSize,
            @DefaultValue("0") int threads) {}

    /**
     * @param poll           how often every feed is polled (cluster-wide once, ShedLock)
     * @param connectTimeout the longest wait for a connection
     * @param readTimeout    the longest wait for the whole response
     * @param maxBytes       the largest body read; a larger feed is refused
     * @param growthFactor   a feed that suddenly carries this many times more postings than last time is refused
     */
    public record Feeds(
            @DefaultValue("PT30M") Duration poll,
            @DefaultValue("PT5S") Duration connectTimeout,
            @DefaultValue("PT30S") Duration readTimeout,
            @DefaultValue("52428800") long maxBytes,
            @DefaultValue("10") int growthFactor) {}
}
