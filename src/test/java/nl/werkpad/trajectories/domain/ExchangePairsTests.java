package nl.werkpad.trajectories.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.shared.Decision;
import nl.werkpad.trajectories.ExchangeStatus;
import org.junit.jupiter.api.Test;

/** The staff-exchange rules without a database: which pairs are proposed, which terms hold, how an agreement moves. */
class ExchangePairsTests {

    private static final UUID SURPLUS = UUID.randomUUID();
    private static final UUID SHORTAGE = UUID.randomUUID();
    private static final UUID FAR_AWAY = UUID.randomUUID();
    private static final Map<String, Double> KM =
            Map.of("GM0361>GM0361", 0.0, "GM0361>GM0400", 45.0, "GM0361>GM0014", 170.0);

    private static double km(String from, String to) {
        return KM.getOrDefault(from + ">" + to, Double.MAX_VALUE);
    }

    @Test
    void proposesRequestsOfOtherEmployersNearbyWithEnoughSharedSkillsBestFirst() {
        var offer = new ExchangePairs.Side(UUID.randomUUID(), SURPLUS, "GM0361", Set.of("weld", "grind", "measure"));
        var close =
                new ExchangePairs.Side(UUID.randomUUID(), SHORTAGE, "GM0361", Set.of("weld", "paint", "drive", "lift"));
        var best = new ExchangePairs.Side(UUID.randomUUID(), SHORTAGE, "GM0400", Set.of("weld", "grind"));
        var tooFar = new ExchangePairs.Side(UUID.randomUUID(), FAR_AWAY, "GM0014", Set.of("weld", "grind"));
        var tooLittle =
                new ExchangePairs.Side(UUID.randomUUID(), SHORTAGE, "GM0361", Set.of("weld", "a", "b", "c", "d"));
        var ownEmployer = new ExchangePairs.Side(UUID.randomUUID(), SURPLUS, "GM0361", Set.of("weld"));

        var pairs = ExchangePairs.propose(
                List.of(offer), List.of(close, best, tooFar, tooLittle, ownEmployer), ExchangePairsTests::km, 60, 0.25);

        assertThat(pairs).extracting(ExchangePairs.Pair::request).containsExactly(best.id(), close.id());
        assertThat(pairs.getFirst().overlap()).isEqualTo(1.0);
        assertThat(pairs.get(1).overlap()).isEqualTo(0.25);
        assertThat(pairs.getFirst().distanceKm()).isEqualTo(45.0);
    }

    @Test
    void termsNeedTwoEmployersAKindAStartHoursAndForLendingAnEnd() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        assertThat(rule(ExchangeTerms.check(terms(SURPLUS, SURPLUS, true, start, null, 32, 1))))
                .isEqualTo("exchange.same-employer");
        assertThat(rule(ExchangeTerms.check(
                        new ExchangeTerms.Proposed(SURPLUS, SHORTAGE, false, false, start, null, 32, 1, 2, 2))))
                .isEqualTo("exchange.terms-incomplete");
        assertThat(rule(ExchangeTerms.check(terms(SURPLUS, SHORTAGE, false, start, null, 61, 1))))
                .isEqualTo("exchange.terms-incomplete");
        assertThat(rule(ExchangeTerms.check(terms(SURPLUS, SHORTAGE, true, start, null, 32, 1))))
                .isEqualTo("exchange.lend-needs-end");
        assertThat(rule(ExchangeTerms.check(terms(SURPLUS, SHORTAGE, true, start, start.minusDays(1), 32, 1))))
                .isEqualTo("exchange.lend-needs-end");
        assertThat(rule(ExchangeTerms.check(terms(SURPLUS, SHORTAGE, true, start, start, 32, 3))))
                .isEqualTo("exchange.people-invalid");
        assertThat(ExchangeTerms.check(terms(SURPLUS, SHORTAGE, true, start, start.plusMonths(3), 32, 2))
                        .isAllowed())
                .isTrue();
        assertThat(ExchangeTerms.check(terms(SURPLUS, SHORTAGE, false, start, null, 40, 1))
                        .isAllowed())
                .isTrue();
        assertThat(rule(ExchangeTerms.people(1001))).isEqualTo("exchange.people-invalid");
        assertThat(ExchangeTerms.people(1000).isAllowed()).isTrue();
    }

    @Test
    void anAgreementIsAnsweredOnceAndOnlyAnAgreedOneEnds() {
        assertThat(ExchangeStatus.PROPOSED.answer().isAllowed()).isTrue();
        assertThat(rule(ExchangeStatus.AGREED.answer())).isEqualTo("exchange.already-answered");
        assertThat(rule(ExchangeStatus.DECLINED.answer())).isEqualTo("exchange.already-answered");
        assertThat(ExchangeStatus.answered(true)).isEqualTo(ExchangeStatus.AGREED);
        assertThat(ExchangeStatus.answered(false)).isEqualTo(ExchangeStatus.DECLINED);
        assertThat(ExchangeStatus.AGREED.end().isAllowed()).isTrue();
        assertThat(rule(ExchangeStatus.PROPOSED.end())).isEqualTo("exchange.not-running");
        assertThat(rule(ExchangeStatus.ENDED.end())).isEqualTo("exchange.not-running");
        assertThat(ExchangeStatus.ENDED.next()).isEmpty();
    }

    private static ExchangeTerms.Proposed terms(
            UUID offering, UUID asking, boolean lending, LocalDate start, LocalDate end, int hours, int people) {
        return new ExchangeTerms.Proposed(offering, asking, true, lending, start, end, hours, people, 2, 2);
    }

    private static String rule(Decision decision) {
        return decision instanceof Decision.Rejected r ? r.rule() : "allowed";
    }
}
