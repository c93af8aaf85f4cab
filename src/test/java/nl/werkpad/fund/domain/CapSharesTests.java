package nl.werkpad.fund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.werkpad.fund.domain.CapShares.Shard;
import org.junit.jupiter.api.Test;

class CapSharesTests {

    @Test
    void aCapIsSharedWithoutLosingACentAndEachShardKeepsItsUse() {
        assertThat(CapShares.shares(new long[16], 100_000)).containsOnly(6_250);
        assertThat(CapShares.shares(new long[] {500, 0, 0}, 1_000)).containsExactly(667, 167, 166);
        assertThat(CapShares.shares(new long[] {700, 400}, 1_000))
                .as("a cap lowered below what was used leaves no room anywhere")
                .containsExactly(700, 400);
        assertThat(CapShares.shards("PROVIDER")).isEqualTo(16);
        assertThat(CapShares.shards("PERSON")).isEqualTo(1);
    }

    @Test
    void shardsSpreadForAnotherCapAreSpreadAgainKeepingTheirUse() {
        List<Shard> shards = List.of(new Shard(0, 300, 500, 1_000), new Shard(1, 100, 500, 1_000));
        assertThat(CapShares.spreadFor(shards, 1_000)).isTrue();
        assertThat(CapShares.spreadFor(shards, 600)).isFalse();
        assertThat(CapShares.spreadFor(List.of(), 600)).as("not opened yet").isFalse();
        assertThat(CapShares.respread(shards, 600))
                .containsExactly(new Shard(0, 300, 400, 600), new Shard(1, 100, 200, 600));
    }

    @Test
    void aUseTakesOneShardWithRoomOrSeveralWhenNoneHasRoomAlone() {
        List<Shard> shards = List.of(
                new Shard(0, 600, 625, 2_500),
                new Shard(1, 0, 625, 2_500),
                new Shard(2, 625, 625, 2_500),
                new Shard(3, 600, 625, 2_500));
        assertThat(CapShares.draw(shards, 500, 2)).containsExactly(new SubAccounts.Take(1, 500));
        assertThat(CapShares.draw(shards, 650, 3))
                .containsExactly(
                        new SubAccounts.Take(3, 25), new SubAccounts.Take(0, 25), new SubAccounts.Take(1, 600));
        assertThat(CapShares.draw(shards, 676, 0))
                .as("more than the room in total")
                .isEmpty();
        assertThat(CapShares.taken(shards, CapShares.draw(shards, 650, 3)))
                .containsExactly(
                        new Shard(3, 625, 625, 2_500), new Shard(0, 625, 625, 2_500), new Shard(1, 600, 625, 2_500));
    }

    @Test
    void aReleaseGivesBackFromTheShardsThatUsedMostAndNeverMakesRoomPastTheCap() {
        List<Shard> shards = List.of(new Shard(0, 100, 500, 1_000), new Shard(1, 400, 500, 1_000));
        assertThat(CapShares.release(shards, 450))
                .containsExactly(new Shard(0, 50, 500, 1_000), new Shard(1, 0, 500, 1_000));
        // the cap was lowered to 300 after 500 was used: the shares were spread to the use; giving back 200 leaves 300
        // used and shrinks the shares with it, so no room opens until the use is below the cap
        List<Shard> over = List.of(new Shard(0, 100, 100, 300), new Shard(1, 400, 400, 300));
        assertThat(CapShares.release(over, 200)).containsExactly(new Shard(1, 200, 200, 300));
        assertThat(CapShares.release(List.of(new Shard(0, 50, 100, 100)), 80))
                .as("gives back at most what was used")
                .containsExactly(new Shard(0, 0, 100, 100));
        assertThat(CapShares.release(List.of(), 80)).isEmpty();
    }

    @Test
    void anyMixOfUsesAndReleasesKeepsEveryShardWithinItsShareAndTheCapExact() {
        Random random = new Random(21);
        long cap = 100_003;
        List<Shard> shards = new ArrayList<>();
        long[] shares = CapShares.shares(new long[16], cap);
        for (int i = 0; i < 16; i++) {
            shards.add(new Shard(i, 0, shares[i], cap));
        }
        long used = 0;
        for (int step = 0; step < 5_000; step++) {
            long cents = 1 + random.nextInt(20_000);
            if (random.nextInt(3) > 0) {
                var takes = CapShares.draw(shards, cents, random.nextInt());
                assertThat(takes.isEmpty())
                        .as("refused exactly when the cap has no room")
                        .isEqualTo(used + cents > cap);
                for (Shard t : CapShares.taken(shards, takes)) {
                    shards.set(t.shard(), t);
                }
                used += takes.isEmpty() ? 0 : cents;
            } else {
                long back = Math.min(cents, used);
                for (Shard c : CapShares.release(shards, back)) {
                    shards.set(c.shard(), c);
                }
                used -= back;
            }
            assertThat(shards).allMatch(s -> s.used() >= 0 && s.used() <= s.share());
            assertThat(shards.stream().mapToLong(Shard::used).sum()).isEqualTo(used);
            assertThat(shards.stream().mapToLong(Shard::share).sum()).isEqualTo(cap);
        }
    }
}
