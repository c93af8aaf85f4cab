package nl.werkpad.ecosystem.web;

/** One row of the purpose case's partner table on the coalition page. */
public record PartnerRow(int index, String name, String helix, String euros, String commitment) {}
