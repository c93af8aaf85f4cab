package nl.werkpad.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Warm-up, then measured rounds over the same inputs; median and p99 per round, and the spread. */
public final class Measurements {

    public record Result(
            String name, double p50Millis, double p99Millis, double p50Min, double p50Max, int rounds, int samples) {
        public String row(String what, String data) {
            return "| %s | %s | %s | %.3f | %.3f | %.3f–%.3f | %d × %d |"
                    .formatted(what, name, data, p50Millis, p99Millis, p50Min, p50Max, rounds, samples);
        }
    }

    private Measurements() {}

    public static <T> Result measure(String name, List<T> inputs, Consumer<T> work, int warmups, int rounds) {
        for (int w = 0; w < warmups; w++) {
            inputs.forEach(work);
        }
        double[] p50 = new double[rounds];
        double[] p99 = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] millis = new double[inputs.size()];
            for (int i = 0; i < inputs.size(); i++) {
                long start = System.nanoTime();
                work.accept(inputs.get(i));
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            p50[r] = millis[millis.length / 2];
            p99[r] = millis[(int) Math.min(millis.length - 1, Math.ceil(millis.length * 0.99) - 1)];
        }
        double[] sortedP50 = p50.clone();
        Arrays.sort(sortedP50);
        double[] sortedP99 = p99.clone();
        Arrays.sort(sortedP99);
        return new Result(
                name,
                sortedP50[rounds / 2],
                sortedP99[rounds / 2],
                sortedP50[0],
                sortedP50[rounds - 1],
                rounds,
                inputs.size());
    }

    public static void append(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public static String machine() {
        return "JDK " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }
}
