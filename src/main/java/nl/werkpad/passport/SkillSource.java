package nl.werkpad.passport;

/** Where a skill in the passport comes from. VALIDATED may only be set by an advisor. */
public enum SkillSource {
    DIPLOMA,
    CERTIFICATE,
    WORK_EXPERIENCE,
    INFORMAL,
    SELF_ASSESSED,
    VALIDATED
}
