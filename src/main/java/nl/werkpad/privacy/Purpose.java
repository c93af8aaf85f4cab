package nl.werkpad.privacy;

/** What a resident can consent to, each on its own, given and withdrawn at any time. */
public enum Purpose {
    /** Employers in the resident's region may find them, anonymously until the resident accepts contact. */
    EMPLOYERS_IN_REGION,
    /** One named career advisor may read and help with the passport. */
    ADVISOR,
    /** The passport may count in anonymous statistics (the labour-market monitor). */
    ANONYMOUS_STATISTICS,
    /** One named employer (organisation) may ask for development vouchers for the resident. */
    EMPLOYER_VOUCHERS
}
