package nl.werkpad.training;

/** The level of a training: mbo 1–4, hbo, wo, a (short) course, or something else. */
public enum TrainingLevel {
    MBO_1,
    MBO_2,
    MBO_3,
    MBO_4,
    HBO,
    WO,
    COURSE,
    OTHER
}
