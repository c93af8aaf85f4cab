package nl.werkpad.training;

import java.time.LocalDate;

/** A date the training starts, with the seats available then. */
public record OfferStart(LocalDate date, int seats) {}
