package nl.werkpad.taxonomy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The taxonomy index written as a few parts side by side, one thread each, and read as one. Building the index is
 * most of a start's work after an ESCO import, and one thread leaves the other cores idle.
 *
 * <p>Each part holds a consecutive run of the concepts, and the parts are read in order, so the documents are
 * numbered exactly as in one index written in one go: the same statistics, the same scores, and the same order
 * among equal scores ({@code IndexPartsTests}).
 */
final class IndexParts {

    private static final String PART = "part-";

    private IndexParts() {}

    /** One part per core, up to four: the taxonomy's ~20,000 concepts gain nothing from more. */
    static int forCores(int cores) {
        return Math.clamp(cores, 1, 4);
    }

    /**
     * Writes {@code documents} into {@code parts} new parts: in {@code folder} (emptied first), or in memory when
     * the folder is null.
     *
     * @param config a new configuration for each part's writer (Lucene uses one per writer)
     */
    static <T> List<Directory> write(
            Path folder,
            int parts,
            List<T> documents,
            Function<T, Document> document,
            Supplier<IndexWriterConfig> config)
            throws IOException {
        List<Directory> directories = new ArrayList<>();
        if (folder != null) {
            empty(folder);
        }
        for (int i = 0; i < parts; i++) {
            directories.add(folder == null ? new ByteBuffersDirectory() : FSDirectory.open(folder.resolve(PART + i)));
        }
        int size = documents.size();
        try (ExecutorService writers = Executors.newFixedThreadPool(parts)) {
            List<Future<?>> written = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                Directory directory = directories.get(i);
                List<T> run = documents.subList(size * i / parts, size * (i + 1) / parts);
                written.add(writers.submit(() -> {
                    try (IndexWriter writer = new IndexWriter(directory, config.get())) {
                        for (T each : run) {
                            writer.addDocument(document.apply(each));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> part : written) {
                part.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("could not build the taxonomy index", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the taxonomy index", e);
        }
        return directories;
    }

    /** The parts kept in {@code folder}, in order. */
    static List<Directory> kept(Path folder) throws IOException {
        List<Directory> directories = new ArrayList<>();
        for (int i = 0; Files.isDirectory(folder.resolve(PART + i)); i++) {
            directories.add(FSDirectory.open(folder.resolve(PART + i)));
        }
        return directories;
    }

    /** The parts as one reader, documents numbered in the parts' order. */
    static IndexReader open(List<Directory> parts) throws IOException {
        List<IndexReader> readers = new ArrayList<>();
        for (Directory part : parts) {
            readers.add(DirectoryReader.open(part));
        }
        return readers.size() == 1 ? readers.getFirst() : new MultiReader(readers.toArray(IndexReader[]::new));
    }

    /** Removes what an earlier build left, also of an earlier format (a reader still open keeps its files). */
    private static void empty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(folder)) {
                    Files.delete(file);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
