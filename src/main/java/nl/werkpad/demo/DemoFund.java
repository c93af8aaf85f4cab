package nl.werkpad.demo;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.AccountHolder;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.FundingSource;
import nl.werkpad.fund.FundingSourceInput;
import nl.werkpad.fund.Voucher;
import nl.werkpad.fund.VoucherRequest;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.fund.domain.SourceMode;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.WerkpadProperties;
import nl.werkpad.shared.startup.StartupTask;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.training.OfferStart;
import nl.werkpad.training.TrainingLevel;
import nl.werkpad.training.TrainingMode;
import nl.werkpad.training.TrainingOffers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo fund: the funding sources named in the policy documents (demo/funding-sources.csv, names as in
 * data/ecosystem/funding.csv except where the policy name is jargon to a resident — "motie 42" — which then stays in
 * the provenance only; budgets and rules with their provenance), development accounts for the demo
 * advisor's caseload, and vouchers in every state at the demo provider.
 */
@Component
@Order(6)
class DemoFund implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoFund.class);
    private static final TypeReference<List<FundingRule>> RULES = new TypeReference<>() {};

    private final Fund fund;
    private final Accounts accounts;
    private final Consents consents;
    private final Organisations organisations;
    private final TrainingOffers offers;
    private final Taxonomy taxonomy;
    private final WerkpadProperties werkpad;
    private final JsonMapper json;

    private final Clock clock;

    DemoFund(
            Fund fund,
            Accounts accounts,
            Consents consents,
            Organisations organisations,
            TrainingOffers offers,
            Taxonomy taxonomy,
            WerkpadProperties werkpad,
            JsonMapper json,
            Clock clock) {
        this.clock = clock;
        this.fund = fund;
        this.accounts = accounts;
        this.consents = consents;
        this.organisations = organisations;
        this.offers = offers;
        this.taxonomy = taxonomy;
        this.werkpad = werkpad;
        this.json = json;
    }

    @Override
    public Phase phase() {
        return Phase.DEMO;
    }

    @Override
    public void run() {
        if (!werkpad.isDemo() || fund.sources().stream().anyMatch(s -> s.code().equals("ontwikkelbudget-nh"))) {
            return;
        }
        Optional<SignedInUser> manager = user(Role.FONDSBEHEERDER);
        Optional<SignedInUser> advisor = user(Role.ADVISEUR);
        Optional<SignedInUser> provider = user(Role.OPLEIDER);
        if (manager.isEmpty() || advisor.isEmpty() || provider.isEmpty()) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        for (CSVRecord row : sources()) {
            FundingSource source = fund.register(source(row, year), manager.get());
            long budget = Long.parseLong(row.get("budget_eur")) * 100;
            if (budget > 0) {
                fund.addBudget(source.id(), year, budget, "demo-budget-" + source.code(), manager.get());
            }
        }
        List<UUID> caseload =
                consents.subjectsWith(Purpose.ADVISOR, advisor.get().accountId());
        Random random = new Random(2026);
        List<UUID> open = new ArrayList<>();
        for (UUID person : caseload) {
            Set<String> groups = random.nextInt(3) == 0 ? Set.of("career-switch-technology") : Set.of();
            fund.openAccount(
                    person,
                    new AccountHolder(
                            LocalDate.now(clock)
                                    .minusYears(19 + random.nextInt(45))
                                    .minusDays(random.nextInt(365)),
                            groups),
                    advisor.get());
            open.add(person);
        }
        List<UUID> training = demoOffers(provider.get());
        int issued = vouchers(open, training, advisor.get(), provider.get());
        log.info(
                "Demo fund: {} sources, {} development accounts, {} vouchers",
                sources().size(),
                open.size(),
                issued);
    }

    private Optional<SignedInUser> user(Role role) {
        return accounts.byUsername(role.demoUsername())
                .map(a -> new SignedInUser(a.id(), a.username(), a.displayName(), a.roles()));
    }

    private List<CSVRecord> sources() {
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("demo/funding-sources.csv").getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private FundingSourceInput source(CSVRecord row, int year) {
        String allowance = row.get("allowance_eur");
        return new FundingSourceInput(
                row.get("code"),
                row.get("name"),
                FundingSource.SourceKind.valueOf(row.get("kind")),
                SourceMode.valueOf(row.get("mode")),
                allowance.isBlank() ? null : Long.parseLong(allowance) * 100,
                Integer.parseInt(row.get("allowance_expiry_months")),
                LocalDate.parse(row.get("valid_from").replace("{year}", String.valueOf(year))),
                LocalDate.parse(row.get("valid_until").replace("{year}", String.valueOf(year))),
                Integer.parseInt(row.get("priority")),
                Integer.parseInt(row.get("voucher_valid_days")),
                json.readValue(row.get("rules"), RULES),
                row.get("provenance"));
    }

    /** Five courses of the demo provider on the register, teaching the essentials of technical occupations. */
    private List<UUID> demoOffers(SignedInUser provider) {
        UUID school = organisations.of(provider.accountId()).getFirst().id();
        List<TrainingOffers.BulkOffer> courses = new ArrayList<>();
        // by ESCO occupation (not by a label search, whose first hit taught a mechanic to drive timber machines)
        String[][] plan = {
            {"7aedaa07-3884-4c5b-88f9-80997b2aa54b", "Lassen MIG/MAG (demo)", "180000"},
            {"4910419f-b4af-4f59-b544-9dbebc8a74f0", "Basis elektrotechniek (demo)", "240000"},
            {"b31e404e-9af6-457d-a58a-208f612eeba3", "Monteur werktuigbouw (demo)", "320000"},
            {"75b63949-1b93-4bf2-a777-ccf978dc3e8a", "Zonnepanelen installeren (demo)", "210000"},
            {"aaeec9a7-dc57-4485-890c-86b3eef735f9", "Werken met data en ICT (demo)", "95000"}
        };
        for (String[] course : plan) {
            // the occupation's most specific essentials (fewest occupations ask for them): a solar course teaches
            // mounting photovoltaic panels, not "comply with legal regulations"
            List<String> skills = taxonomy.occupation(course[0], "nl")
                    .map(o -> o.essentialSkills().stream()
                            .map(SkillRef::id)
                            .sorted(java.util.Comparator.comparingInt((String id) -> taxonomy.skill(id, "en")
                                            .map(d -> d.occupations().size())
                                            .orElse(Integer.MAX_VALUE))
                                    .thenComparing(id -> id))
                            .limit(8)
                            .toList())
                    .orElse(List.of());
            if (!skills.isEmpty()) {
                courses.add(new TrainingOffers.BulkOffer(
                        school,
                        course[1],
                        TrainingLevel.MBO_3,
                        TrainingMode.BLENDED,
                        "GM0361",
                        120,
                        12,
                        Long.parseLong(course[2]),
                        true,
                        skills,
                        List.of(new OfferStart(LocalDate.now(clock).plusDays(30), 16))));
            }
        }
        offers.publishAll(courses);
        List<UUID> ids = new ArrayList<>();
        offers.search(
                        new nl.werkpad.training.OfferFilter(null, null, null, null, school, null, 50, 0),
                        Optional.of(provider))
                .forEach(o -> ids.add(o.id()));
        return ids;
    }

    /**
     * Every state: most vouchers stay issued; some are redeemed by the provider, some cancelled by the advisor,
     * and a few run out as if their last valid day had passed (the nightly expiry, run with that day's date).
     */
    private int vouchers(List<UUID> people, List<UUID> training, SignedInUser advisor, SignedInUser provider) {
        List<Voucher> made = new ArrayList<>();
        for (int i = 0; i < people.size() && !training.isEmpty(); i++) {
            try {
                made.add(fund.issue(
                                new VoucherRequest(people.get(i), training.get(i % training.size()), null, null, null),
                                "demo-voucher-" + i,
                                advisor)
                        .result());
            } catch (RuleViolation e) {
                log.debug("Demo voucher for {} refused by {}", people.get(i), e.rule());
            }
        }
        for (int i = 0; i < made.size(); i++) {
            Voucher voucher = made.get(i);
            switch (i % 6) {
                case 1, 4 -> fund.redeem(voucher.id(), "demo-redeem-" + i, provider);
                case 2 -> fund.cancel(voucher.id(), "demo-cancel-" + i, advisor);
                case 5 -> fund.expire(voucher.id(), voucher.validUntil().plusDays(1));
                default -> {}
            }
        }
        return made.size();
    }
}
