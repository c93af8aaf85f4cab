package nl.werkpad.extraction.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import nl.werkpad.extraction.Extraction;
import nl.werkpad.extraction.ExtractionRequest;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.taxonomy.OccupationDetails;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.taxonomy.search.IndexedConcept;

/**
 * How well the extraction finds what a careful reader would tag, next to plain BM25 over ESCO's labels
 * in the same run: on hand-written CV, vacancy and course texts (src/main/resources/extraction/evaluation,
 * see its README), and on ESCO's own occupation descriptions, whose occupation and essential skills are
 * the answer. Per text, precision@5 (share of the first five that are right), R-precision@5 (share of
 * the first min(5, |answer|) that are right) and the reciprocal rank of the first right one.
 */
public final class ExtractionEvaluation {

    static final int RANKED = 20;
    static final String WERKPAD = "Werkpad";
    static final String BM25 = "BM25 over ESCO labels";

    /** One text with its answer. */
    record Item(String id, String language, String kind, String text, Set<String> skills, Set<String> occupations) {}

    /** Means over a set's texts. */
    record Quality(
            double precisionAt5,
            double rPrecisionAt5,
            double mrr,
            double occupationMrr,
            int texts,
            int textsNamingOccupations) {}

    record Row(String set, Map<String, Quality> byMethod) {}

    record Report(List<Row> rows, int descriptionsPerLanguage, long seed, long millis) {}

    private record Ranked(List<String> skills, List<String> occupations) {}

    private final SkillExtraction extraction;
    private final Bm25Baseline bm25;
    private final Taxonomy taxonomy;
    /** Where to show, per hand-written text, the first five skills found and the answer missed; null for not at all. */
    private PrintStream details;

    ExtractionEvaluation showDetails(PrintStream out) {
        this.details = out;
        return this;
    }

    public ExtractionEvaluation(SkillExtraction extraction, Collection<IndexedConcept> concepts, Taxonomy taxonomy) {
        this.extraction = extraction;
        this.bm25 = new Bm25Baseline(concepts);
        this.taxonomy = taxonomy;
    }

    public Report run(int descriptionsPerLanguage, long seed) {
        long started = System.currentTimeMillis();
        List<Item> texts = handWritten();
        List<Row> rows = new ArrayList<>();
        for (String language : List.of("nl", "en")) {
            rows.add(row(
                    "CV, vacancy and course texts (" + language + ")",
                    texts.stream().filter(i -> i.language().equals(language)).toList()));
        }
        for (String language : List.of("nl", "en")) {
            rows.add(row(
                    "ESCO occupation descriptions (" + language + ")",
                    descriptions(language, descriptionsPerLanguage, seed)));
        }
        return new Report(rows, descriptionsPerLanguage, seed, System.currentTimeMillis() - started);
    }

    private Row row(String set, List<Item> items) {
        Map<String, Quality> byMethod = new LinkedHashMap<>();
        byMethod.put(WERKPAD, quality(items, (text, language) -> {
            Extraction found = extraction.extract(new ExtractionRequest(text, language, RANKED));
            Ranked ranked = new Ranked(
                    found.skills().stream().map(s -> s.skill().id()).toList(),
                    found.occupations().stream().map(o -> o.occupation().id()).toList());
            show(items, text, found);
            return ranked;
        }));
        byMethod.put(
                BM25,
                quality(
                        items,
                        (text, language) -> new Ranked(bm25.skills(text, RANKED), bm25.occupations(text, RANKED))));
        return new Row(set, byMethod);
    }

    private void show(List<Item> items, String text, Extraction found) {
        Item item =
                items.stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow();
        if (details == null || item.kind().equals("description")) {
            return;
        }
        details.println(item.id() + " " + text);
        found.skills().stream()
                .limit(5)
                .forEach(s -> details.println((item.skills().contains(s.skill().id()) ? "  + " : "  - ") + s.score()
                        + " " + s.skill().label() + " "
                        + s.evidence().stream()
                                .map(e -> e.text() + "/" + e.how())
                                .toList()));
        Set<String> top5 =
                found.skills().stream().limit(5).map(s -> s.skill().id()).collect(Collectors.toSet());
        item.skills().stream()
                .filter(id -> !top5.contains(id))
                .forEach(id -> details.println("  missed: "
                        + taxonomy.skillRef(id, "en").map(SkillRef::label).orElse(id)));
        details.println("  occupations: "
                + found.occupations().stream()
                        .limit(3)
                        .map(o -> (item.occupations().contains(o.occupation().id()) ? "+" : "-")
                                + o.occupation().label())
                        .toList());
    }

    private static Quality quality(List<Item> items, BiFunction<String, String, Ranked> method) {
        double p5 = 0;
        double rp5 = 0;
        double mrr = 0;
        double occupationMrr = 0;
        int naming = 0;
        for (Item item : items) {
            Ranked ranked = method.apply(item.text(), item.language());
            List<String> top5 =
                    ranked.skills().subList(0, Math.min(5, ranked.skills().size()));
            p5 += top5.stream().filter(item.skills()::contains).count() / 5.0;
            int r = Math.min(5, item.skills().size());
            rp5 += ranked.skills().subList(0, Math.min(r, ranked.skills().size())).stream()
                            .filter(item.skills()::contains)
                            .count()
                    / (double) r;
            mrr += reciprocalRank(ranked.skills(), item.skills());
            if (!item.occupations().isEmpty()) {
                naming++;
                occupationMrr += reciprocalRank(ranked.occupations(), item.occupations());
            }
        }
        int n = Math.max(1, items.size());
        return new Quality(
                p5 / n, rp5 / n, mrr / n, naming == 0 ? Double.NaN : occupationMrr / naming, items.size(), naming);
    }

    private static double reciprocalRank(List<String> ranked, Set<String> answer) {
        for (int i = 0; i < ranked.size(); i++) {
            if (answer.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** The hand-written texts; local skill ids in the answers become the ids the taxonomy uses now. */
    List<Item> handWritten() {
        var stream = ExtractionEvaluation.class.getResourceAsStream("/extraction/evaluation/texts.tsv");
        if (stream == null) {
            throw new IllegalStateException("extraction/evaluation/texts.tsv is missing from the class path");
        }
        List<Item> items = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Set<String> skills =
                        Set.copyOf(taxonomy.resolveSkills(ids(f[4])).values());
                items.add(new Item(f[0], f[1], f[2], f[3], skills, ids(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static Set<String> ids(String field) {
        return field.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(field.split(";")));
    }

    /** A seeded sample of occupations with a description in the language; the answer is the occupation and its essential skills. */
    private List<Item> descriptions(String language, int count, long seed) {
        List<Taxonomy.OccupationProfile> profiles = new ArrayList<>(taxonomy.occupationProfiles());
        profiles.sort(Comparator.comparing(Taxonomy.OccupationProfile::id));
        Collections.shuffle(profiles, new Random(seed));
        List<Item> items = new ArrayList<>();
        for (Taxonomy.OccupationProfile profile : profiles) {
            if (items.size() == count) {
                break;
            }
            OccupationDetails details =
                    taxonomy.occupation(profile.id(), language).orElse(null);
            if (details == null
                    || details.description() == null
                    || !language.equals(details.descriptionLanguage())
                    || profile.essential().isEmpty()) {
                continue;
            }
            items.add(new Item(
                    profile.id(),
                    language,
                    "description",
                    details.description(),
                    Set.copyOf(profile.essential()),
                    Set.of(profile.id())));
        }
        return items;
    }
}
