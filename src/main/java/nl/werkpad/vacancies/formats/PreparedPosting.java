package nl.werkpad.vacancies.formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.werkpad.regions.Municipality;
import nl.werkpad.vacancies.JobPostingImports.PostingProblem;
import nl.werkpad.vacancies.domain.JobPostingFields;

/**
 * One posting read and checked before anything is looked up in the database or extracted: its fields, what stops it
 * (problems) and what was left out (notes), its municipality, its key within the source and a hash of its content.
 *
 * @param key  identifier, else URL, else a hash of title, organisation and municipality: the same posting again
 * @param hash SHA-256 of the posting as JSON (written again, so layout does not count): an unchanged posting
 */
record PreparedPosting(
        int number,
        JobPostingFields.Fields fields,
        List<PostingProblem> problems,
        List<PostingProblem> notes,
        Municipality municipality,
        String key,
        String original,
        String hash) {

    boolean refused() {
        return !problems.isEmpty();
    }

    static PreparedPosting of(
            JobPostingReader.Item item, Function<String, Optional<Municipality>> municipalities, LocalDate today) {
        int number = item.number();
        JobPostingFields.Read read = JobPostingFields.read(item.posting());
        JobPostingFields.Fields f = read.fields();
        List<PostingProblem> notes = read.notes().stream()
                .map(p -> new PostingProblem(number, p.field(), p.rule(), p.reason()))
                .toList();
        List<PostingProblem> problems = new ArrayList<>(read.problems().stream()
                .map(p -> new PostingProblem(number, p.field(), p.rule(), p.reason()))
                .toList());
        if (f.validThrough() != null && f.validThrough().isBefore(today)) {
            problems.add(new PostingProblem(
                    number,
                    "validThrough",
                    "vacancy.import.expired",
                    "validThrough " + f.validThrough() + " has passed"));
        }
        Municipality municipality = null;
        if (!f.locations().isEmpty()) {
            municipality = f.locations().stream()
                    .map(l ->
                            l.locality() == null ? Optional.<Municipality>empty() : municipalities.apply(l.locality()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElse(null);
            if (municipality == null) {
                problems.add(new PostingProblem(
                        number,
                        "jobLocation.address.addressLocality",
                        "vacancy.import.municipality-unknown",
                        "No Dutch municipality is called "
                                + f.locations().stream()
                                        .map(l -> String.valueOf(l.locality()))
                                        .toList()));
            }
        }
        if (!problems.isEmpty()) {
            return new PreparedPosting(number, f, problems, notes, null, null, null, null);
        }
        String original = JobPostingJsonLd.JSON.writeValueAsString(item.posting());
        String key = f.identifier() != null
                ? "id:" + f.identifier()
                : f.url() != null
                        ? "url:" + f.url()
                        : "hash:"
                                + JobPostingImporter.sha256(
                                        f.title() + '|' + f.organisation().name() + '|' + municipality.code());
        return new PreparedPosting(
                number, f, problems, notes, municipality, key, original, JobPostingImporter.sha256(original));
    }
}
