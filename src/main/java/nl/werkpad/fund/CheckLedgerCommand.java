package nl.werkpad.fund;

import java.util.List;
import nl.werkpad.shared.cli.Command;
import org.springframework.stereotype.Component;

/** {@code ./werkpad check-ledger}: the trial balance and every ledger invariant; exit code 1 when any is broken. */
@Component
class CheckLedgerCommand implements Command {

    private final Fund fund;

    CheckLedgerCommand(Fund fund) {
        this.fund = fund;
    }

    @Override
    public String name() {
        return "check-ledger";
    }

    @Override
    public String description() {
        return "check-ledger      the fund's trial balance and ledger invariants (exit 1 when one is broken)";
    }

    @Override
    public int run(List<String> arguments) {
        LedgerReport report = fund.checkLedger();
        System.out.printf(
                "Transfers: %d; posted debits %d = credits %d cents; pending %d cents%n",
                report.transfers(), report.postedDebits(), report.postedCredits(), report.pending());
        report.postedByKind().forEach((kind, cents) -> System.out.printf("  %-10s %,15d cents%n", kind, cents));
        report.invariantsChecked().forEach(name -> System.out.println("  checked: " + name));
        report.violations().forEach(violation -> System.out.println("  VIOLATION: " + violation));
        System.out.println(
                report.sound() ? "Ledger sound." : report.violations().size() + " violation(s).");
        return report.sound() ? 0 : 1;
    }
}
