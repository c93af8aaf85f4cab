package nl.werkpad.passport.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.shared.Limits;
import org.springframework.format.annotation.DateTimeFormat;

/** Where the resident lives, how far they travel, their status and preferences. */
record BasicsForm(
        @Size(max = Limits.NAME) String name,
        String municipality,
        String municipalityQuery,
        Integer travelKm,
        LabourMarketStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate wwStart,
        Integer hoursPerWeek,
        boolean willingToRetrain,
        List<String> sectors) {

    /** SBI sections a resident can prefer: A (agriculture) to U (extraterritorial organisations). */
    static final List<String> SECTORS = "ABCDEFGHIJKLMNOPQRSTU"
            .chars()
            .mapToObj(c -> String.valueOf((char) c))
            .toList();
}
