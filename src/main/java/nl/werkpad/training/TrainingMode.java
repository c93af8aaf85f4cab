package nl.werkpad.training;

/** Where the training happens. An online training needs no municipality. */
public enum TrainingMode {
    ON_SITE,
    ONLINE,
    BLENDED
}
