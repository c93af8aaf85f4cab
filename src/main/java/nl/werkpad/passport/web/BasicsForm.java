package nl.werkpad.passport.web;

import java.time.LocalDate;
import nl.werkpad.passport.LabourMarketStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** Where the resident lives, how far they travel, their status and preferences. */
record BasicsForm(String name, String municipality, String municipalityQuery, Integer travelKm, LabourMarketStatus status,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate wwStart, Integer hoursPerWeek,
                  boolean willingToRetrain) {
}
