package nl.werkpad.shared;

import org.jspecify.annotations.Nullable;

/**
 * A state of something an organisation publishes (a vacancy, a training offer): in some states only the people who
 * write for that organisation may read it. Each kind says which states those are ({@link #visibleTo}); which states a
 * list then shows is one rule for all of them ({@link #listed}).
 */
public interface PublishedState {

    /** Whether someone may read a thing in this state, asked for by id or in a list. */
    boolean visibleTo(boolean writesForOrganisation);

    /**
     * Which state a list shows: the state asked for, when the viewer may see it; with none asked, every state to
     * those who write for the organisation listed and the state everyone sees ({@code shownToAll}) to everyone else.
     */
    static <S extends Enum<S> & PublishedState> Listed<S> listed(
            @Nullable S asked, boolean writesForOrganisation, S shownToAll) {
        if (asked != null) {
            return asked.visibleTo(writesForOrganisation) ? new Listed<>(asked, false) : new Listed<>(null, true);
        }
        return writesForOrganisation ? new Listed<>(null, false) : new Listed<>(shownToAll, false);
    }

    /**
     * @param only the one state listed; null with {@code nothing} false: every state
     * @param nothing the viewer may see none of what was asked for: the list is empty without asking the database
     */
    record Listed<S extends Enum<S> & PublishedState>(
            @Nullable S only, boolean nothing) {

        /** The state's name for a query, null for every state. */
        public @Nullable String onlyName() {
            return only == null ? null : only.name();
        }
    }
}
