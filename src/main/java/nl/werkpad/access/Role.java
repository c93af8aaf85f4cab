package nl.werkpad.access;

import java.util.Locale;

/** The roles in Werkpad. An account can have several. */
public enum Role {
    /** A resident: worker, job seeker, career switcher, student. */
    INWONER,
    /** An employer's recruiter or manager. */
    WERKGEVER,
    /** A training provider, school or campus. */
    OPLEIDER,
    /** A career advisor of a regional mobility team. */
    ADVISEUR,
    /** A manager of the development fund. */
    FONDSBEHEERDER,
    /** A policy maker of a province, region or municipality. */
    BELEID,
    /** An administrator of this Werkpad installation. */
    BEHEERDER;

    /** The Spring Security authority, e.g. {@code ROLE_ADVISEUR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The demo account name for this role: the role in lower case. */
    public String demoUsername() {
        return name().toLowerCase(Locale.ROOT);
    }
}
