package nl.werkpad.training;

/** A draft is the provider's own; a published offer is found by everyone; a withdrawn one no longer. */
public enum OfferStatus { DRAFT, PUBLISHED, WITHDRAWN }
