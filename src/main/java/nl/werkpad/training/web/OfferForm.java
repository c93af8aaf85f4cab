package nl.werkpad.training.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.Money;
import nl.werkpad.training.OfferStart;
import nl.werkpad.training.OfferStatus;
import nl.werkpad.training.TrainingLevel;
import nl.werkpad.training.TrainingMode;
import nl.werkpad.training.TrainingOfferInput;
import org.springframework.format.annotation.DateTimeFormat;

/** The "new training offer" form: cost in euros, up to two start dates with their seats. */
record OfferForm(
        UUID provider,
        @Size(max = Limits.TITLE) String title,
        @Size(max = Limits.DESCRIPTION) String description,
        TrainingLevel level,
        TrainingMode mode,
        String municipality,
        String municipalityQuery,
        Integer durationHours,
        Integer durationWeeks,
        Money cost,
        boolean onRegister,
        OfferStatus status,
        List<String> skills,
        String skillsQuery,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start1,
        Integer seats1,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start2,
        Integer seats2) {

    static OfferForm empty(String municipality) {
        return new OfferForm(
                null,
                "",
                "",
                TrainingLevel.COURSE,
                TrainingMode.ON_SITE,
                municipality,
                "",
                null,
                null,
                null,
                false,
                OfferStatus.PUBLISHED,
                List.of(),
                "",
                null,
                null,
                null,
                null);
    }

    OfferForm withSkills(List<String> chosen) {
        return new OfferForm(
                provider,
                title,
                description,
                level,
                mode,
                municipality,
                municipalityQuery,
                durationHours,
                durationWeeks,
                cost,
                onRegister,
                status,
                chosen,
                skillsQuery,
                start1,
                seats1,
                start2,
                seats2);
    }

    TrainingOfferInput input() {
        List<OfferStart> starts = new ArrayList<>();
        if (start1 != null) {
            starts.add(new OfferStart(start1, seats1 == null ? 0 : seats1));
        }
        if (start2 != null) {
            starts.add(new OfferStart(start2, seats2 == null ? 0 : seats2));
        }
        Long cents = cost == null ? null : cost.cents();
        return new TrainingOfferInput(
                provider,
                title,
                description,
                level,
                mode,
                mode == TrainingMode.ONLINE ? null : municipality,
                durationHours,
                durationWeeks,
                cents,
                onRegister,
                status,
                skills == null ? List.of() : skills,
                starts);
    }
}
