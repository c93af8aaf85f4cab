package nl.werkpad.passport;

import jakarta.validation.Valid;
import java.util.List;

/**
 * What the person (or their advisor) confirmed of a {@link PassportProposal}: these skills and this work history
 * (and education) are added to the passport, skills already there stay as they are, nothing else is written.
 */
public record ProposalConfirmation(
        List<PassportInput.@Valid SkillEntry> skills,
        List<PassportInput.@Valid WorkEntry> workHistory,
        List<PassportInput.@Valid EducationEntry> education) {

    public ProposalConfirmation {
        skills = skills == null ? List.of() : List.copyOf(skills);
        workHistory = workHistory == null ? List.of() : List.copyOf(workHistory);
        education = education == null ? List.of() : List.copyOf(education);
    }

    public ProposalConfirmation(List<PassportInput.SkillEntry> skills, List<PassportInput.WorkEntry> workHistory) {
        this(skills, workHistory, List.of());
    }
}
