package nl.werkpad.vacancies.formats;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.persistence.ImportedVacancies;
import nl.werkpad.vacancies.persistence.VacancySources;

/**
 * What one import knows of the postings and vacancies it de-duplicates against: its source's postings by key, the
 * open vacancies by URL and the open vacancies of an organisation in a municipality (the near-duplicate candidates).
 * Each is fetched with one query for many postings, then kept up to date with what the import itself writes, so the
 * second of two equal postings in one input finds the first, exactly as when each posting was looked up on its own.
 * Not thread-safe: one import's writer uses it.
 */
final class KnownPostings {

    private final VacancySources sources;
    private final String source;
    private final Map<String, VacancySources.Existing> byKey = new HashMap<>();
    private final Map<String, UUID> byUrl = new HashMap<>();
    private final Map<VacancySources.Place, List<VacancySources.Candidate>> candidates = new HashMap<>();
    private final Map<UUID, VacancySources.Place> placeOf = new HashMap<>();

    KnownPostings(VacancySources sources, String source) {
        this.sources = sources;
        this.source = source;
    }

    void loadKeys(Collection<String> keys) {
        byKey.putAll(sources.bySourceKeys(
                source, keys.stream().filter(k -> !byKey.containsKey(k)).toList()));
    }

    void loadUrls(Collection<String> urls) {
        sources.openVacanciesAt(urls.stream().filter(u -> !byUrl.containsKey(u)).toList())
                .forEach(byUrl::putIfAbsent);
    }

    void loadPlaces(Collection<VacancySources.Place> places) {
        sources.openVacancies(places.stream()
                        .distinct()
                        .filter(p -> !candidates.containsKey(p))
                        .toList())
                .forEach((place, list) -> {
                    candidates.put(place, list);
                    list.forEach(c -> placeOf.put(c.vacancy(), place));
                });
    }

    Optional<VacancySources.Existing> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    Optional<UUID> openAt(String url) {
        return url == null ? Optional.empty() : Optional.ofNullable(byUrl.get(url));
    }

    List<VacancySources.Candidate> candidates(VacancySources.Place place) {
        if (!candidates.containsKey(place)) {
            loadPlaces(List.of(place)); // an organisation this batch created
        }
        return candidates.get(place);
    }

    /** A new vacancy with its first source. */
    void created(String key, UUID sourceId, ImportedVacancies.Created vacancy, String hash, String url) {
        byKey.put(key, new VacancySources.Existing(sourceId, vacancy.id(), hash, VacancyStatus.OPEN.name()));
        if (url != null) {
            byUrl.putIfAbsent(url, vacancy.id());
        }
        place(vacancy.id(), vacancy.organisation(), vacancy.municipality(), vacancy.title(), vacancy.description());
    }

    /** Another source of an open vacancy. */
    void merged(String key, UUID sourceId, UUID vacancy, String hash, String url) {
        byKey.put(key, new VacancySources.Existing(sourceId, vacancy, hash, VacancyStatus.OPEN.name()));
        if (url != null) {
            byUrl.putIfAbsent(url, vacancy);
        }
    }

    /** A source's posting changed, and its vacancy with it. */
    void updated(String key, VacancySources.Existing before, Vacancy after, String hash, String url) {
        byKey.put(
                key,
                new VacancySources.Existing(
                        before.id(), after.id(), hash, after.status().name()));
        if (url != null && after.status() == VacancyStatus.OPEN) {
            byUrl.putIfAbsent(url, after.id());
        }
        VacancySources.Place was = placeOf.remove(after.id());
        if (was != null) {
            candidates.get(was).removeIf(c -> c.vacancy().equals(after.id()));
        }
        if (after.status() == VacancyStatus.OPEN) {
            place(
                    after.id(),
                    after.organisation().id(),
                    after.municipality().code(),
                    after.title(),
                    after.description());
        }
    }

    private void place(UUID vacancy, UUID organisation, String municipality, String title, String description) {
        var place = new VacancySources.Place(organisation, municipality);
        List<VacancySources.Candidate> list = candidates.get(place);
        if (list != null) { // else not loaded yet: a later load reads it from the database
            list.add(new VacancySources.Candidate(vacancy, title, description));
            placeOf.put(vacancy, place);
        }
    }
}
