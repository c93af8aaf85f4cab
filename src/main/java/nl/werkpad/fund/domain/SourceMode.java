package nl.werkpad.fund.domain;

/** How a source pays: a yearly allowance put on each eligible resident's account, or a grant per voucher from its budget. */
public enum SourceMode {
    ALLOWANCE,
    PER_VOUCHER
}
