package nl.werkpad.monitor.application;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.monitor.persistence.ContributionStore;
import nl.werkpad.monitor.persistence.ContributionStore.PersonFact;
import nl.werkpad.monitor.persistence.ContributionStore.VacancyFact;
import nl.werkpad.monitor.persistence.VacancyContributions;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.PersonProfile;
import nl.werkpad.privacy.Consent;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyProfile;
import nl.werkpad.vacancies.VacancyStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each vacancy and resident contributes to the monitor's counters, and who counts: an open vacancy, a resident
 * with a place who allows anonymous statistics. Kept current in the transaction of the change; a rebuild recomputes
 * every contribution from the source modules' profiles, then the flows from their histories.
 */
@Component
@Transactional
class MonitorContributions {

    private final ContributionStore store;
    private final Flows flows;
    private final Vacancies vacancies;
    private final Passports passports;
    private final Consents consents;
    private final Taxonomy taxonomy;
    private final TransactionTemplate transactions;
    private volatile Map<String, String> isco;
    private final VacancyContributions batch;

    MonitorContributions(
            ContributionStore store,
            Flows flows,
            Vacancies vacancies,
            Passports passports,
            Consents consents,
            Taxonomy taxonomy,
            TransactionTemplate transactions,
            VacancyContributions batch) {
        this.batch = batch;
        this.store = store;
        this.flows = flows;
        this.vacancies = vacancies;
        this.passports = passports;
        this.consents = consents;
        this.taxonomy = taxonomy;
        this.transactions = transactions;
    }

    /** Many vacancies at once (all those one transaction changed): the same counts, a few statements in all. */
    void vacanciesChanged(Collection<UUID> ids) {
        Map<UUID, VacancyFact> facts = new HashMap<>();
        ids.forEach(id -> facts.put(id, null));
        vacancies.profiles(ids, v -> facts.put(v.id(), fact(v)));
        batch.replaceVacancies(facts);
    }

    void personChanged(UUID id) {
        Map<UUID, PersonFact> facts = new HashMap<>();
        boolean counted = consents.has(id, Purpose.ANONYMOUS_STATISTICS, null);
        passports.profiles(List.of(id), p -> facts.put(p.id(), counted ? fact(p) : null));
        store.replacePerson(id, facts.get(id));
    }

    private VacancyFact fact(VacancyProfile v) {
        return v.status() != VacancyStatus.OPEN
                ? null
                : new VacancyFact(
                        v.municipality(),
                        iscoOf(v.occupation()),
                        v.essential().stream().sorted().toList());
    }

    private PersonFact fact(PersonProfile p) {
        if (p.erased() || p.municipality() == null) {
            return null;
        }
        LocalDate ww = p.status() == LabourMarketStatus.JOB_SEEKER ? p.wwStart() : null;
        String occupation = p.occupations().stream().sorted().findFirst().orElse(null);
        return new PersonFact(
                p.municipality(),
                occupation == null ? "" : iscoOf(occupation),
                ww,
                p.skills().stream().sorted().toList());
    }

    private String iscoOf(String occupation) {
        if (isco == null) {
            Map<String, String> map = new HashMap<>();
            taxonomy.occupationProfiles().forEach(o -> map.put(o.id(), o.iscoGroup() == null ? "" : o.iscoGroup()));
            isco = map;
        }
        return isco.getOrDefault(occupation, "");
    }

    void rebuild() {
        transactions.executeWithoutResult(tx -> {
            store.clear();
            List<Map.Entry<UUID, VacancyFact>> v = new ArrayList<>();
            vacancies.profiles(null, p -> {
                VacancyFact f = fact(p);
                if (f != null) {
                    v.add(new AbstractMap.SimpleEntry<>(p.id(), f));
                }
            });
            store.addVacancies(v);
            Set<UUID> counted = new HashSet<>();
            consents.allCurrent(Purpose.ANONYMOUS_STATISTICS).stream()
                    .map(Consent::subjectId)
                    .forEach(counted::add);
            List<Map.Entry<UUID, PersonFact>> persons = new ArrayList<>();
            passports.profiles(null, p -> {
                if (counted.contains(p.id())) {
                    PersonFact f = fact(p);
                    if (f != null) {
                        persons.add(new AbstractMap.SimpleEntry<>(p.id(), f));
                    }
                }
            });
            store.addPersons(persons);
            store.recount();
            flows.rebuild();
        });
    }

    /** A monitor never built is built; a database from before the area counters gets them once. */
    void buildIfMissing() {
        if (!store.built()) {
            rebuild();
            return;
        }
        transactions.executeWithoutResult(tx -> {
            if (store.rollupsMissing()) {
                store.rollUp();
            }
        });
    }
}
