package nl.werkpad.fund.application;

import nl.werkpad.fund.FundRefused;
import nl.werkpad.fund.domain.Split;
import nl.werkpad.shared.Decision;

/** A rejected rule of the fund becomes the {@link FundRefused} the API and pages show by the rule's name. */
final class Refusals {

    private Refusals() {}

    static void unless(Decision decision) {
        if (decision instanceof Decision.Rejected(String rule, String reason)) {
            throw FundRefused.by(rule, reason);
        }
    }

    /** For a voucher: the refusal carries the split that was decided, so the requester sees who would have paid. */
    static void unless(Decision decision, Split split) {
        if (decision instanceof Decision.Rejected(String rule, String reason)) {
            throw FundRefused.by(rule, reason, split);
        }
    }

    /** A posted transfer whose debit account had too little free money: the whole move is refused (rolled back). */
    static void unlessPosted(boolean posted, long cents) {
        if (!posted) {
            throw FundRefused.by("budget", "not enough free money in the account to move " + cents + " cents");
        }
    }
}
