package nl.werkpad.fund.domain;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facts about the training offer a voucher is for.
 *
 * @param collections the ESCO skill collections (digital, green, …) at least one of its skills is in
 * @param targetIsco  the ISCO code of the occupation the training leads to, when the request names one
 */
public record OfferFacts(
        long costCents,
        boolean onRegister,
        Set<String> collections,
        @Nullable String targetIsco) {}
