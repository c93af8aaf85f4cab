package nl.werkpad.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one conversion of euros typed on a form into cents. An amount too large for any account saturates (instead
 * of failing with an arithmetic error or wrapping round), so the money rule ({@link InputCheck#cents}) refuses it
 * by name next to the field.
 */
public final class Amounts {

    private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal SMALLEST = BigDecimal.valueOf(Long.MIN_VALUE);

    private Amounts() {
    }

    public static Long cents(BigDecimal euros) {
        if (euros == null) {
            return null;
        }
        BigDecimal cents = euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        return cents.compareTo(LARGEST) > 0 ? Long.MAX_VALUE : cents.compareTo(SMALLEST) < 0 ? Long.MIN_VALUE : cents.longValueExact();
    }
}
