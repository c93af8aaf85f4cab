package nl.werkpad.trajectories.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.Voucher;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.passport.PersonProfile;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.training.OfferProfile;
import nl.werkpad.training.TrainingOffers;
import nl.werkpad.trajectories.Shortages;
import nl.werkpad.trajectories.Trajectories;
import nl.werkpad.trajectories.Trajectory;
import nl.werkpad.trajectories.domain.CaseRules;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyProfile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What a trajectory links to (vacancies, offers, vouchers) and the facts of a placement. */
@Component
class Placements {

    private final Vacancies vacancies;
    private final TrainingOffers offers;
    private final Fund fund;
    private final Organisations organisations;
    private final Taxonomy taxonomy;
    private final ObjectProvider<Shortages> shortages;

    Placements(
            Vacancies vacancies,
            TrainingOffers offers,
            Fund fund,
            Organisations organisations,
            Taxonomy taxonomy,
            ObjectProvider<Shortages> shortages) {
        this.vacancies = vacancies;
        this.offers = offers;
        this.fund = fund;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.shortages = shortages;
    }

    String label(Trajectory.LinkKind kind, UUID ref, UUID person, SignedInUser advisor) {
        return switch (kind) {
            case VACANCY -> vacancy(ref).title();
            case OFFER -> {
                List<OfferProfile> found = new ArrayList<>(1);
                offers.profiles(List.of(ref), found::add);
                yield found.stream()
                        .findFirst()
                        .map(OfferProfile::title)
                        .orElseThrow(() -> RuleViolation.of("link.unknown", "no training offer " + ref));
            }
            case VOUCHER -> {
                Voucher voucher = fund.voucher(ref, advisor);
                if (!voucher.person().equals(person)) {
                    throw RuleViolation.of("link.other-person", "the voucher is not for this person");
                }
                yield voucher.offerTitle();
            }
        };
    }

    /**
     * A placement: from the vacancy (its employer, occupation and sector) or from the employer alone; in shortage when
     * the monitor says the occupation's group is tight in the person's region; the sector changed when it is not one
     * of the sectors on the person's passport.
     */
    Trajectory.Outcome placed(Trajectories.OutcomeInput input, String region, PersonProfile person, LocalDate today) {
        UUID employer = input.employer();
        String occupation = null;
        String sector;
        if (input.vacancy() != null) {
            VacancyProfile vacancy = vacancy(input.vacancy());
            employer = vacancy.organisation();
            occupation = vacancy.occupation();
            sector = vacancy.sector() != null ? vacancy.sector() : sectorOf(employer);
        } else if (employer != null) {
            sector = sectorOf(employer);
        } else {
            throw RuleViolation.of("outcome.placement-needs-vacancy", "a placement names the vacancy or the employer");
        }
        CaseRules.placementHours(input.hours()).orThrow();
        String isco =
                occupation == null ? null : taxonomy.iscoCodeOf(occupation).orElse(null);
        Boolean shortage = isco == null || region == null
                ? null
                : shortages.stream()
                        .findFirst()
                        .flatMap(s -> s.inShortage(isco, region))
                        .orElse(null);
        Boolean changed = sector == null || person.sectors().isEmpty()
                ? null
                : !person.sectors().contains(sector);
        return new Trajectory.Outcome(
                input.kind(),
                input.reason(),
                input.vacancy(),
                employer,
                occupation,
                sector,
                input.hours(),
                shortage,
                changed,
                today);
    }

    private VacancyProfile vacancy(UUID id) {
        List<VacancyProfile> found = new ArrayList<>(1);
        vacancies.profiles(List.of(id), found::add);
        return found.stream().findFirst().orElseThrow(() -> RuleViolation.of("link.unknown", "no vacancy " + id));
    }

    private String sectorOf(UUID employer) {
        return organisations
                .byId(employer)
                .map(Organisation::sbiSection)
                .orElseThrow(() -> RuleViolation.of("outcome.employer-unknown", "no organisation " + employer));
    }
}
