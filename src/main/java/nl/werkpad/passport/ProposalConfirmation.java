package nl.werkpad.passport;

import jakarta.validation.Valid;
import java.util.List;

/**
 * What the person (or their advisor) confirmed of a {@link PassportProposal}: these skills and this work history
 * are added to the passport, skills already there stay as they are, nothing else is written.
 */
public record ProposalConfirmation(
        List<PassportInput.@Valid SkillEntry> skills, List<PassportInput.@Valid WorkEntry> workHistory) {

    public ProposalConfirmation {
        skills = skills == null ? List.of() : List.copyOf(skills);
        workHistory = workHistory == null ? List.of() : List.copyOf(workHistory);
    }
}
