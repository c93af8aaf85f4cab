package nl.werkpad.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU seconds spent by this JVM and by the embedded PostgreSQL (its postmaster and backends, read from /proc), so a
 * benchmark on a loaded machine can report work per CPU-second where wall-clock seconds depend on the other load.
 */
final class CpuClock {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    /** CPU seconds so far: the JVM's, PostgreSQL's. */
    record Reading(double jvm, double postgres) {
        Reading minus(Reading before) {
            return new Reading(jvm - before.jvm, postgres - before.postgres);
        }

        double total() {
            return jvm + postgres;
        }
    }

    private final Optional<Long> postmaster;

    /** @param backend the process id of one of the database's backends ({@code select pg_backend_pid()}) */
    CpuClock(long backend) {
        Optional<Long> pid;
        try {
            String stat = Files.readString(Path.of("/proc/" + backend + "/stat"));
            // after the command: state, then the parent's process id: the postmaster
            pid = Optional.of(
                    Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]));
        } catch (Exception e) {
            pid = Optional.empty();
        }
        this.postmaster = pid;
    }

    Reading now() {
        double jvm = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        double pg = postmaster
                .flatMap(ProcessHandle::of)
                .map(p -> Stream.concat(Stream.of(p), p.descendants())
                        .mapToDouble(h -> ticks(h.pid(), h.pid() == p.pid()))
                        .sum())
                .orElse(Double.NaN);
        return new Reading(jvm, pg);
    }

    /** utime + stime (and, for the postmaster, its exited children's) in seconds. */
    private static double ticks(long pid, boolean children) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (1-based)
            double t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (children) {
                t += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return t / TICKS;
        } catch (Exception e) {
            return 0;
        }
    }
}
