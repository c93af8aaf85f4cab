package nl.werkpad.passport.domain;

import java.util.UUID;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.Decision;

/** Whom a resident may give consent to, as a pure function; the rule names are message keys too. */
public final class ConsentRules {

    public static final String GRANTEE = "consent.grantee";
    public static final String NOT_AN_ADVISOR = "consent.grantee-not-advisor";

    private ConsentRules() {}

    /**
     * Consent for an advisor names an account that is an advisor (anyone else would read the passport under the
     * advisor's consent); other purposes name nobody.
     *
     * @param granteeIsAdvisor whether the named account exists and has the advisor role
     */
    public static Decision grantee(Purpose purpose, UUID grantee, boolean granteeIsAdvisor) {
        if ((purpose == Purpose.ADVISOR) != (grantee != null)) {
            return Decision.rejected(
                    GRANTEE, "Consent for an advisor names the advisor (grantee); other consents do not");
        }
        if (purpose == Purpose.ADVISOR && !granteeIsAdvisor) {
            return Decision.rejected(NOT_AN_ADVISOR, "The grantee of an advisor consent must be an advisor's account");
        }
        return Decision.allowed();
    }
}
