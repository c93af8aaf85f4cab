package nl.werkpad.fund;

import java.util.List;
import java.util.Map;
import nl.werkpad.fund.domain.Split;
import nl.werkpad.shared.RuleViolation;

/** A money move refused by a named rule; nothing was reserved. For vouchers it carries the split that decided it. */
public class FundRefused extends RuleViolation {

    private final transient List<Split.Part> parts;

    private FundRefused(String rule, String message, List<Split.Part> parts) {
        super(rule, message);
        this.parts = parts;
    }

    public static FundRefused by(String rule, String message) {
        return new FundRefused(rule, message, List.of());
    }

    public static FundRefused by(String rule, String message, Split split) {
        return new FundRefused(rule, message, split.parts());
    }

    @Override
    public Map<String, Object> details() {
        return parts.isEmpty() ? Map.of() : Map.of("sources", parts);
    }
}
