package nl.werkpad.shared.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.werkpad.shared.api.TooManyRequests;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in PostgreSQL (Bucket4j, table {@code shared.rate_limit_bucket}), so that a limit holds for the
 * whole cluster and survives a restart: a client cannot double its allowance by reaching another node. Each bucket
 * is named by its limit and its key (for example a client address); a bucket nobody used for a while is removed.
 */
@Component
public class RateLimits {

    private static final int CLEANUP_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    public RateLimits(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("shared.rate_limit_bucket")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /**
     * Takes one token from the bucket of {@code limit} for {@code key}; refuses with 429 and the seconds to wait
     * when it is empty.
     */
    public void take(Limit limit, String key) {
        ConsumptionProbe probe =
                buckets.getProxy(limit.name() + ":" + key, limit::configuration).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(
                    (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L, limit.refusal());
        }
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @SchedulerLock(name = "rate-limit-cleanup", lockAtLeastFor = "PT1M")
    void removeExpired() {
        while (buckets.removeExpired(CLEANUP_BATCH) == CLEANUP_BATCH) {
            // a large backlog is removed in batches, so no single statement holds many row locks
        }
    }

    /** A named limit: how many requests per interval, and the sentence a refused client reads. */
    public record Limit(String name, long requests, Duration interval, String refusal) {

        BucketConfiguration configuration() {
            return BucketConfiguration.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(requests).refillIntervally(requests, interval))
                    .build();
        }
    }
}
