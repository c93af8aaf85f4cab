package nl.werkpad.extraction.engine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import nl.werkpad.benchmark.Measurements;
import nl.werkpad.extraction.ExtractionRequest;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.extraction.evaluation.Bm25Baseline;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.taxonomy.search.TaxonomyIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Skill extraction speed: a 500-word CV (made of the hand-written evaluation texts, Dutch and English)
 * read by Werkpad's extraction and, in the same run, by the BM25 baseline; sentences per second with two
 * threads; and the heap the extraction's dictionary keeps. Run with {@code ./werkpad benchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class ExtractionBenchmark {

    private static final int CVS = 40;
    private static final int CV_WORDS = 500;
    private static final int THROUGHPUT_SECONDS = 20;

    @Autowired
    SkillExtraction extraction;

    @Autowired
    TaxonomyIndex index;

    @Autowired
    Taxonomy taxonomy;

    record Text(String language, String text) {}

    private static List<Text> evaluationTexts() throws Exception {
        List<Text> texts = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                ExtractionBenchmark.class.getResourceAsStream("/extraction/evaluation/texts.tsv"),
                StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> {
                String[] f = l.split("\t", -1);
                texts.add(new Text(f[1], f[3]));
            });
        }
        return texts;
    }

    /** CVs of at least 500 words: the texts of one language in a seeded random order, one paragraph each. */
    private static List<Text> cvs(List<Text> texts, String language, long seed) {
        List<Text> own =
                texts.stream().filter(t -> t.language().equals(language)).toList();
        Random random = new Random(seed);
        List<Text> cvs = new ArrayList<>();
        for (int c = 0; c < CVS / 2; c++) {
            StringBuilder cv = new StringBuilder();
            while (cv.toString().split("\\s+").length < CV_WORDS) {
                cv.append(own.get(random.nextInt(own.size())).text()).append("\n\n");
            }
            cvs.add(new Text(language, cv.toString()));
        }
        return cvs;
    }

    @Test
    void extraction() throws Exception {
        List<Text> texts = evaluationTexts();
        List<Text> cvs = new ArrayList<>(cvs(texts, "nl", 1));
        cvs.addAll(cvs(texts, "en", 2));
        Bm25Baseline bm25 = new Bm25Baseline(index.vocabulary().concepts());

        long heap = retainedByDictionary();
        var werkpad = Measurements.measure(
                "Werkpad extraction",
                cvs,
                t -> extraction.extract(new ExtractionRequest(t.text(), t.language(), 20)),
                3,
                5);
        var dutch = Measurements.measure(
                "Werkpad extraction, Dutch CVs",
                cvs.subList(0, CVS / 2),
                t -> extraction.extract(new ExtractionRequest(t.text(), t.language(), 20)),
                1,
                5);
        var baseline = Measurements.measure(
                "BM25 over ESCO labels (skills + occupations)",
                cvs,
                t -> {
                    bm25.skills(t.text(), 20);
                    bm25.occupations(t.text(), 20);
                },
                3,
                5);
        double sentencesPerSecond = throughput(texts);

        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("### Skill extraction, " + LocalDate.now() + " (" + Measurements.machine() + ")");
        lines.add("");
        lines.add("| what | how | data | p50 ms | p99 ms | p50 min–max ms | rounds × texts |");
        lines.add("|---|---|---|---|---|---|---|");
        String data = CVS + " CVs of ≥ " + CV_WORDS + " words (half Dutch, half English)";
        lines.add(werkpad.row("read a CV", data));
        lines.add(dutch.row("read a CV", CVS / 2 + " Dutch CVs"));
        lines.add(baseline.row("read a CV", data));
        lines.add("");
        lines.add(
                "Ratio (p50): Werkpad / BM25 = %.1f×. Throughput with 2 threads: %.0f sentences/s (the %d evaluation texts, "
                                .formatted(werkpad.p50Millis() / baseline.p50Millis(), sentencesPerSecond, texts.size())
                        + "1–3 sentences each, one call per text). Heap kept by the extraction's dictionary: %d MiB (after GC)."
                                .formatted(heap / (1024 * 1024)));
        Measurements.append(Path.of("target/benchmarks/results.md"), lines);
        lines.forEach(System.out::println);
    }

    /** The heap a dictionary keeps: used heap after GC with and without one more built and held. */
    private long retainedByDictionary() {
        long before = usedAfterGc();
        LabelDictionary dictionary = LabelDictionary.build(index.vocabulary(), taxonomy.occupationProfiles());
        long after = usedAfterGc();
        if (dictionary.labels.length == 0) {
            throw new IllegalStateException("no labels");
        }
        return after - before;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private double throughput(List<Text> texts) throws InterruptedException {
        AtomicLong sentences = new AtomicLong();
        long end = System.nanoTime() + THROUGHPUT_SECONDS * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int offset = t;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    Text text = texts.get(i % texts.size());
                    extraction.extract(new ExtractionRequest(text.text(), text.language(), 20));
                    sentences.addAndGet(Math.max(1, text.text().split("[.!?]\\s").length));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return sentences.get() / (double) THROUGHPUT_SECONDS;
    }
}
