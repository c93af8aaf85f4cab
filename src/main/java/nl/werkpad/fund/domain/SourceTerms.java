package nl.werkpad.fund.domain;

import java.util.List;
import java.util.UUID;

/**
 * A funding source as the split sees it at the moment of a request.
 *
 * @param available        what the source can still pay for this person now: the unreserved allowance on the
 *                         account (ALLOWANCE) or the unreserved budget of the year (PER_VOUCHER)
 * @param personYearUsed   reserved and spent by this source for this person this year
 * @param providerYearUsed reserved and spent by this source at this provider this year
 * @param open             whether the request's business date lies within the source's validity window
 */
public record SourceTerms(
        UUID id,
        String name,
        int priority,
        SourceMode mode,
        List<FundingRule> rules,
        long available,
        long personYearUsed,
        long providerYearUsed,
        boolean open) {}
