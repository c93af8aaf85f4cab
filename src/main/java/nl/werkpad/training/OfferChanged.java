package nl.werkpad.training;

import java.util.UUID;

/** A training offer was created, changed or withdrawn; read models such as the matching index follow these. */
public record OfferChanged(UUID offerId, OfferStatus status) {}
