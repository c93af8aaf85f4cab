package nl.werkpad.passport;

/** Where a resident stands: employed, employed but at risk (e.g. a surplus at the employer), job seeker, student, not active. */
public enum LabourMarketStatus {
    EMPLOYED,
    EMPLOYED_AT_RISK,
    JOB_SEEKER,
    STUDENT,
    NOT_ACTIVE
}
