package nl.werkpad.taxonomy.importer;

import java.util.Arrays;
import java.util.Optional;

/** ESCO version names ("v1.2.0", "1.1.1") compared by number; an unknown name compares as unknown. */
final class EscoVersions {

    private EscoVersions() {}

    static Optional<int[]> parse(String version) {
        if (version == null || !version.matches("v?\\d+(\\.\\d+){0,3}")) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(version.replaceFirst("^v", "").split("\\."))
                .mapToInt(Integer::parseInt)
                .toArray());
    }

    /** True when both are versions and {@code offered} comes before {@code loaded}. */
    static boolean older(String offered, String loaded) {
        var a = parse(offered);
        var b = parse(loaded);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return Arrays.compare(pad(a.get()), pad(b.get())) < 0;
    }

    private static int[] pad(int[] parts) {
        return Arrays.copyOf(parts, 4);
    }
}
