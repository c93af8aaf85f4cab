package nl.werkpad.vacancies;

/** The kind of contract offered. */
public enum ContractType {
    PERMANENT,
    TEMPORARY,
    ON_CALL,
    APPRENTICESHIP,
    FREELANCE
}
