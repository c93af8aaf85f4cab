package nl.werkpad.fund;

import java.util.UUID;
import nl.werkpad.fund.domain.VoucherStatus;

/** Which vouchers to list; every field optional. What a viewer may see narrows it further. */
public record VoucherFilter(UUID provider, UUID person, VoucherStatus status, UUID source, int limit) {}
