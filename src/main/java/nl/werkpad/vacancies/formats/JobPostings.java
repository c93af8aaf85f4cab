package nl.werkpad.vacancies.formats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Regions;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.Vacancy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** Looks up what a vacancy's JobPosting refers to (organisation, province, ISCO code) and writes it. */
@Component
public class JobPostings {

    private final Organisations organisations;
    private final Regions regions;
    private final Taxonomy taxonomy;

    JobPostings(Organisations organisations, Regions regions, Taxonomy taxonomy) {
        this.organisations = organisations;
        this.regions = regions;
        this.taxonomy = taxonomy;
    }

    /** The postings of the vacancies, each at {@code baseUrl}/vacatures/{id}; one organisation look-up per organisation. */
    public List<ObjectNode> of(List<Vacancy> vacancies, String baseUrl) {
        Map<UUID, Optional<Organisation>> found = new HashMap<>();
        return vacancies.stream()
                .map(v -> JobPostingJsonLd.of(
                        v,
                        new JobPostingJsonLd.Context(
                                baseUrl + "/vacatures/" + v.id(),
                                found.computeIfAbsent(v.organisation().id(), organisations::byId),
                                regions.municipality(v.municipality().code())
                                        .map(m -> m.province().name())
                                        .orElse(null),
                                v.occupation() == null
                                        ? null
                                        : taxonomy.iscoCodeOf(v.occupation().id())
                                                .orElse(null),
                                null)))
                .toList();
    }

    public ObjectNode of(Vacancy vacancy, String baseUrl) {
        return of(List.of(vacancy), baseUrl).getFirst();
    }
}
