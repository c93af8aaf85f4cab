package nl.werkpad.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.fund.domain.SourceMode;
import nl.werkpad.fund.domain.VoucherStatus;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.PersonProfile;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.ProcessingLog;
import nl.werkpad.regions.GeoPoint;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Province;
import nl.werkpad.regions.Regions;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.training.OfferProfile;
import nl.werkpad.training.OfferStatus;
import nl.werkpad.training.TrainingLevel;
import nl.werkpad.training.TrainingMode;
import nl.werkpad.training.TrainingOffers;
import nl.werkpad.web.Names;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The fund module on its own (with the shared kernel for its database; the modules it asks about people, offers and
 * organisations stand in as mocks): issuing and redeeming a voucher announce {@link VoucherMoved} with who pays what,
 * where the person lives and when, which is all the monitor's flows count.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
// the readiness group names the matching index, which is not part of this module's context
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class VoucherEventsTests {

    /**
     * A municipality no other test names (Terschelling), so that no source of another test in the same
     * database pays for this person; a real one, because the pages of other tests in that database show this source.
     */
    static final String PLACE = "GM0093";

    @Autowired
    Fund fund;

    @Autowired
    Clock clock;

    @MockitoBean
    Passports passports;

    @MockitoBean
    TrainingOffers offers;

    @MockitoBean
    Organisations organisations;

    @MockitoBean
    Regions regions;

    @MockitoBean
    Taxonomy taxonomy;

    @MockitoBean
    Consents consents;

    @MockitoBean
    ProcessingLog processingLog;

    @MockitoBean
    Names names;

    final UUID person = UUID.randomUUID();
    final UUID offer = UUID.randomUUID();
    final UUID provider = UUID.randomUUID();
    final SignedInUser resident = user(Role.INWONER);
    final SignedInUser manager = user(Role.FONDSBEHEERDER);
    final SignedInUser teacher = user(Role.OPLEIDER);

    private static SignedInUser user(Role role) {
        UUID id = UUID.randomUUID();
        return new SignedInUser(id, "u-" + id, "Gebruiker " + role, Set.of(role));
    }

    @BeforeEach
    void setUp() {
        Organisation school = new Organisation(
                provider, null, "Opleider Scenario", OrganisationKind.TRAINING_PROVIDER, null, null, null, List.of());
        when(organisations.byId(provider)).thenReturn(Optional.of(school));
        when(organisations.of(teacher.accountId())).thenReturn(List.of(school));
        when(organisations.nameOf(provider)).thenReturn(Optional.of(school.name()));
        when(organisations.idsOf(teacher.accountId())).thenReturn(List.of(provider));
        when(passports.ownPersonId(resident)).thenReturn(Optional.of(person));
        Passport passport = mock(Passport.class);
        when(passport.name()).thenReturn("Inwoner Scenario");
        when(passports.read(any(), any(), anyString())).thenReturn(passport);
        doAnswer(call -> {
                    call.<Consumer<PersonProfile>>getArgument(1)
                            .accept(new PersonProfile(
                                    person,
                                    PLACE,
                                    30,
                                    LabourMarketStatus.JOB_SEEKER,
                                    null,
                                    List.of(),
                                    List.of(),
                                    List.of(),
                                    false));
                    return null;
                })
                .when(passports)
                .profiles(anyCollection(), any());
        doAnswer(call -> {
                    call.<Consumer<OfferProfile>>getArgument(1)
                            .accept(new OfferProfile(
                                    offer,
                                    provider,
                                    "Cursus Scenario",
                                    TrainingLevel.MBO_3,
                                    TrainingMode.ON_SITE,
                                    PLACE,
                                    40,
                                    8,
                                    150_000,
                                    true,
                                    OfferStatus.PUBLISHED,
                                    List.of(),
                                    null));
                    return null;
                })
                .when(offers)
                .profiles(anyCollection(), any());
        when(regions.municipality(PLACE))
                .thenReturn(Optional.of(new Municipality(
                        PLACE,
                        "Scenariodorp",
                        new Province("PV99", "Scenarioland"),
                        new Municipality.Region("AM99", "Scenarioregio"),
                        new GeoPoint(52, 5))));
    }

    @Test
    void issuingAndRedeemingAVoucherAnnounceWhoPaysWhatWhereAndWhen(Scenario scenario) {
        LocalDate today = LocalDate.now(clock);
        FundingSource source = fund.register(
                new FundingSourceInput(
                        "scenario-" + UUID.randomUUID().toString().substring(0, 8),
                        "Bron Scenario",
                        FundingSource.SourceKind.REGIO,
                        SourceMode.PER_VOUCHER,
                        null,
                        null,
                        today.withDayOfYear(1),
                        today.withDayOfYear(1).plusYears(1).minusDays(1),
                        1,
                        90,
                        List.of(new FundingRule.Residence(List.of(PLACE), List.of(), List.of())),
                        null),
                manager);
        fund.addBudget(
                source.id(), today.getYear(), 1_000_000, UUID.randomUUID().toString(), manager);
        fund.openAccount(person, new AccountHolder(today.minusYears(40), Set.of()), resident);
        Voucher.Part paid = new Voucher.Part(source.id(), "Bron Scenario", 150_000);

        AtomicReference<Voucher> issued = new AtomicReference<>();
        scenario.stimulate(() -> fund.issue(
                                new VoucherRequest(person, offer, null, null, null),
                                UUID.randomUUID().toString(),
                                resident)
                        .result())
                .andWaitForEventOfType(VoucherMoved.class)
                .matching(event -> event.status() == VoucherStatus.ISSUED)
                .toArriveAndVerify((event, voucher) -> {
                    assertThat(event)
                            .isEqualTo(new VoucherMoved(
                                    voucher.id(), VoucherStatus.ISSUED, provider, PLACE, List.of(paid), today));
                    issued.set(voucher);
                });
        UUID id = issued.get().id();

        scenario.stimulate(() -> fund.redeem(id, UUID.randomUUID().toString(), teacher))
                .andWaitForEventOfType(VoucherMoved.class)
                .matching(event -> event.voucher().equals(id) && event.status() == VoucherStatus.REDEEMED)
                .toArriveAndVerify(event -> {
                    assertThat(event)
                            .isEqualTo(new VoucherMoved(
                                    id, VoucherStatus.REDEEMED, provider, PLACE, List.of(paid), today));
                    assertThat(fund.checkLedger().violations()).isEmpty();
                });
    }
}
