package nl.werkpad.passport;

import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.extraction.Extraction;
import org.jspecify.annotations.Nullable;

/**
 * Proposals for a passport from text, confirmed by the person: a CV pasted or uploaded, what someone tells their
 * advisor, or (through {@link #of}) what another reader such as a Europass import found. Reading writes nothing;
 * only {@link #confirm} changes a passport, by the resident or an advisor with the resident's consent.
 */
public interface PassportProposals {

    /** The most skills one proposal shows: enough for a long CV, few enough to read and confirm one by one. */
    int MAX_SKILLS = 40;

    /**
     * Reads a text.
     *
     * @throws nl.werkpad.shared.InvalidInput when the text is blank, too long, not text, or the language unknown
     */
    PassportProposal fromText(String text, @Nullable String language);

    /**
     * Reads an uploaded document (PDF, DOCX, ODT, TXT, at most 5 MB).
     *
     * @throws nl.werkpad.shared.InvalidInput on field "file" when the file is refused (the rule says why)
     */
    PassportProposal fromDocument(@Nullable String fileName, byte @Nullable [] bytes, @Nullable String language);

    /** A proposal from what an extraction found in a text: occupations with the years their line gives, and skills. */
    PassportProposal of(String text, Extraction extraction);

    /** Adds what was confirmed to the person's passport, in one change; the actor must be allowed to change it. */
    Passport confirm(UUID personId, ProposalConfirmation confirmation, SignedInUser actor);
}
