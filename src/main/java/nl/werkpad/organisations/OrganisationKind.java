package nl.werkpad.organisations;

/** What kind of organisation it is. */
public enum OrganisationKind {
    EMPLOYER,
    SCHOOL,
    TRAINING_PROVIDER,
    GOVERNMENT,
    FUND,
    UWV,
    INTERMEDIARY,
    OTHER
}
