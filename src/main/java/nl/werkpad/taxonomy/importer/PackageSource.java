package nl.werkpad.taxonomy.importer;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the CSV files of an ESCO package come from: a folder, the zip file as downloaded from the ESCO
 * portal, or the copy bundled in Werkpad. Files may be gzipped ({@code .csv.gz}).
 */
public interface PackageSource {

    /** How to name the package in messages and the import record. */
    String name();

    /** The CSV file names (without folders), e.g. {@code skills_en.csv}. */
    List<String> files();

    InputStream open(String file) throws IOException;

    default Reader reader(String file) throws IOException {
        InputStream in = new BufferedInputStream(open(file));
        if (file.endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** A fingerprint of the whole package: the same files give the same checksum. */
    default String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : files().stream().sorted().toList()) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = open(file)) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Several paths as one package: an official release comes as two zips (the classification in a
     * language, and the language-neutral relations) and is one version.
     */
    static PackageSource of(List<Path> paths) {
        if (paths.size() == 1) {
            return of(paths.getFirst());
        }
        return combined(paths.stream().map(PackageSource::of).toList());
    }

    static PackageSource of(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> zips;
            try (Stream<Path> list = Files.list(path)) {
                zips = list.filter(p -> p.getFileName()
                                .toString()
                                .toLowerCase(Locale.ROOT)
                                .endsWith(".zip"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (zips.isEmpty()) {
                return folder(path);
            }
            // a folder with the zips as downloaded: its CSV files (if any) and every zip, as one package
            List<PackageSource> parts = new ArrayList<>();
            PackageSource csv = folder(path);
            if (!csv.files().isEmpty()) {
                parts.add(csv);
            }
            zips.forEach(z -> parts.add(zip(z)));
            return combined(parts);
        }
        if (Files.isRegularFile(path)
                && path.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return zip(path);
        }
        throw new IllegalArgumentException("Not a folder or a .zip file: " + path);
    }

    private static boolean isCsv(String name) {
        return name.endsWith(".csv") || name.endsWith(".csv.gz");
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The files of several sources as one package; a file name that occurs twice is refused. */
    static PackageSource combined(List<PackageSource> sources) {
        Map<String, PackageSource> owner = new LinkedHashMap<>();
        for (PackageSource source : sources) {
            for (String file : source.files()) {
                if (owner.putIfAbsent(file, source) != null) {
                    throw new IllegalArgumentException("The file " + file + " is in both "
                            + owner.get(file).name() + " and " + source.name()
                            + "; give the parts of one ESCO release only.");
                }
            }
        }
        String name =
                String.join(" + ", sources.stream().map(PackageSource::name).toList());
        return new PackageSource() {
            public String name() {
                return name;
            }

            public List<String> files() {
                return List.copyOf(owner.keySet());
            }

            public InputStream open(String file) throws IOException {
                return owner.get(file).open(file);
            }
        };
    }

    static PackageSource folder(Path folder) {
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> isCsv(p.getFileName().toString()))
                    .forEach(p -> files.put(p.getFileName().toString(), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageSource() {
            public String name() {
                return folder.toString();
            }

            public List<String> files() {
                return List.copyOf(files.keySet());
            }

            public InputStream open(String file) throws IOException {
                return Files.newInputStream(files.get(file));
            }
        };
    }

    static PackageSource zip(Path zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream()
                    .filter(e -> !e.isDirectory() && isCsv(baseName(e.getName())))
                    .forEach(e -> entries.put(baseName(e.getName()), e.getName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageSource() {
            public String name() {
                return zip.toString();
            }

            public List<String> files() {
                return List.copyOf(entries.keySet());
            }

            public InputStream open(String name) throws IOException {
                ZipFile file = new ZipFile(zip.toFile());
                InputStream in = file.getInputStream(file.getEntry(entries.get(name)));
                return new FilterInputStream(in) {
                    @Override
                    public void close() throws IOException {
                        super.close();
                        file.close();
                    }
                };
            }
        };
    }

    /** The ESCO v1.2.0 copy inside Werkpad (src/main/resources/data/esco, see its PROVENANCE.md). */
    static PackageSource bundled() {
        Map<String, Resource> files = new LinkedHashMap<>();
        try {
            for (Resource r :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:data/esco/v1.2.0/**/*.csv.gz")) {
                files.put(r.getFilename(), r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageSource() {
            public String name() {
                return "bundled ESCO v1.2.0";
            }

            public List<String> files() {
                return List.copyOf(files.keySet());
            }

            public InputStream open(String file) throws IOException {
                return files.get(file).getInputStream();
            }
        };
    }
}
