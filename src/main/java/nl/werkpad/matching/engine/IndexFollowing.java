package nl.werkpad.matching.engine;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * How far this node's index is behind the change feed, for operators and load balancers: the metric
 * {@code werkpad_matching_feed_lag} (changes written by any node and not yet applied here) and the health
 * component {@code matchingIndex}, part of the readiness group: down until the index is built and caught up.
 */
@Component("matchingIndex")
class IndexFollowing implements HealthIndicator, MeterBinder {

    private final ChangeFeedFollower follower;
    private final FeedStore feed;

    IndexFollowing(ChangeFeedFollower follower, FeedStore feed) {
        this.follower = follower;
        this.feed = feed;
    }

    long lag() {
        long position = follower.position();
        return position < 0 ? feed.head() : Math.max(0, feed.head() - position);
    }

    private double lagOrUnknown() {
        try {
            return lag();
        } catch (RuntimeException e) {
            return Double.NaN; // no reading while the database is away
        }
    }

    @Override
    public Health health() {
        long position = follower.position();
        if (position < 0) {
            return Health.down().withDetail("index", "not built yet").build();
        }
        try {
            return Health.up()
                    .withDetail("position", position)
                    .withDetail("lag", lag())
                    .build();
        } catch (RuntimeException e) {
            // the feed cannot be read (the database is away): not ready, and the health answer stays a 503, not a 500
            return Health.down().withDetail("feed", "unreadable").build();
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("werkpad.matching.feed.lag", this, IndexFollowing::lagOrUnknown)
                .description("Change-feed entries written by any node and not yet applied to this node's index")
                .register(registry);
    }
}
