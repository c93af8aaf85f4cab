package nl.werkpad.trajectories.domain;

import java.time.LocalDate;
import nl.werkpad.shared.Decision;

/** What an advisor and a resident must give when they start, note, agree or close something in a trajectory. */
public final class CaseRules {

    /** Longest agreed action, in characters. */
    public static final int ACTION_MAX = 500;
    /** Longest note, in characters. */
    public static final int NOTE_MAX = 4000;
    /** Longest question at a service point, in characters. */
    public static final int QUESTION_MAX = 2000;

    private CaseRules() {}

    public static Decision kind(TrajectoryKind kind) {
        return kind == null
                ? Decision.rejected("trajectory.kind-required", "choose the kind of trajectory")
                : Decision.allowed();
    }

    public static Decision action(String text, LocalDate due) {
        if (blankOrLonger(text, ACTION_MAX)) {
            return Decision.rejected("action.text-required", "describe the action in at most 500 characters");
        }
        return due == null
                ? Decision.rejected("action.due-required", "an agreed action has a due date")
                : Decision.allowed();
    }

    public static Decision note(String text) {
        return blankOrLonger(text, NOTE_MAX)
                ? Decision.rejected("note.text-required", "a note has 1 to 4,000 characters")
                : Decision.allowed();
    }

    /** An outcome is chosen; dropping out says why. */
    public static Decision outcome(OutcomeKind kind, String reason) {
        if (kind == null) {
            return Decision.rejected("outcome.kind-required", "choose the outcome");
        }
        return kind == OutcomeKind.DROPPED_OUT && (reason == null || reason.isBlank())
                ? Decision.rejected("outcome.reason-required", "say why the person dropped out")
                : Decision.allowed();
    }

    /** A placement is for 1 to 60 hours a week. */
    public static Decision placementHours(Integer hours) {
        return hours == null || hours < 1 || hours > 60
                ? Decision.rejected("outcome.hours-invalid", "hours per week between 1 and 60")
                : Decision.allowed();
    }

    public static Decision question(String question) {
        return blankOrLonger(question, QUESTION_MAX)
                ? Decision.rejected("intake.question-required", "ask your question in at most 2,000 characters")
                : Decision.allowed();
    }

    private static boolean blankOrLonger(String text, int max) {
        return text == null || text.isBlank() || text.length() > max;
    }
}
