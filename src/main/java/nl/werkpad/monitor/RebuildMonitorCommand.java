package nl.werkpad.monitor;

import java.util.List;
import nl.werkpad.shared.cli.Command;
import org.springframework.stereotype.Component;

/** {@code ./werkpad rebuild-monitor}: recomputes every monitor aggregate from the source modules. */
@Component
class RebuildMonitorCommand implements Command {

    private final Monitor monitor;

    RebuildMonitorCommand(Monitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public String name() {
        return "rebuild-monitor";
    }

    @Override
    public String description() {
        return "rebuild-monitor   recompute the labour-market monitor's aggregates from scratch";
    }

    @Override
    public int run(List<String> arguments) {
        long start = System.nanoTime();
        monitor.rebuild();
        System.out.println("Monitor rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return 0;
    }
}
