package nl.werkpad.europass;

import java.util.UUID;
import nl.werkpad.access.SignedInUser;

/** Europass CVs out of and into the passport (docs/formats.md). */
public interface Europass {

    /**
     * The person's passport as Europass XML; only for someone who may read it (the resident, their advisor with consent).
     */
    String export(UUID personId, SignedInUser viewer);

    /**
     * Reads a Europass CV (the XML, or a Europass PDF carrying it) into a proposal; writes nothing.
     *
     * @throws nl.werkpad.shared.InvalidInput on field "file" with the rule saying why the file is refused
     */
    EuropassProposal propose(byte[] file);

    /**
     * Adds what the person confirmed of a proposal to their passport in one change: skills (ESCO ids, with their
     * level) not yet in it, work history and education entries; what is there stays.
     */
    nl.werkpad.passport.Passport confirm(UUID personId, Confirmation confirmation, SignedInUser actor);

    /** The parts of a proposal the person ticked. */
    record Confirmation(
            java.util.List<nl.werkpad.passport.PassportInput.SkillEntry> skills,
            java.util.List<nl.werkpad.passport.PassportInput.WorkEntry> work,
            java.util.List<nl.werkpad.passport.PassportInput.EducationEntry> education) {}
}
