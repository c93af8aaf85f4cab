package nl.werkpad.monitor.domain;

import org.jspecify.annotations.Nullable;

/**
 * UWV's tension indicator: open vacancies divided by the people on unemployment benefit (WW) for less
 * than six months, in five classes. Bounds used (see docs/monitor.md): very tight &gt; 4; tight &gt; 1.5 up
 * to 4; average 0.67 up to 1.5; loose 0.25 up to (not including) 0.67; very loose &lt; 0.25. With
 * vacancies and nobody on WW the market is very tight (the ratio is not a number); with neither there is
 * no class.
 */
public final class Tension {

    public enum Level {
        VERY_TIGHT,
        TIGHT,
        AVERAGE,
        LOOSE,
        VERY_LOOSE,
        NONE
    }

    public static final double VERY_TIGHT_ABOVE = 4;
    public static final double TIGHT_ABOVE = 1.5;
    public static final double AVERAGE_FROM = 0.67;
    public static final double LOOSE_FROM = 0.25;

    private Tension() {}

    /** The ratio, or null when nobody is on WW. */
    public static @Nullable Double ratio(long vacancies, long wwShort) {
        return wwShort == 0 ? null : Math.round(100.0 * vacancies / wwShort) / 100.0;
    }

    /**
     * The ratio as published: none when fewer than {@value Suppression#MINIMUM} people are on WW, since a ratio over
     * so few says nothing about the market (and nobody on WW is no sign of a very tight one).
     */
    public static @Nullable Double published(long vacancies, long wwShort) {
        return wwShort < Suppression.MINIMUM ? null : ratio(vacancies, wwShort);
    }

    /** The class as published: {@link Level#NONE} when fewer than {@value Suppression#MINIMUM} people are on WW. */
    public static Level publishedLevel(long vacancies, long wwShort) {
        return wwShort < Suppression.MINIMUM ? Level.NONE : level(vacancies, wwShort);
    }

    public static Level level(long vacancies, long wwShort) {
        if (wwShort == 0) {
            return vacancies == 0 ? Level.NONE : Level.VERY_TIGHT;
        }
        double r = (double) vacancies / wwShort;
        if (r > VERY_TIGHT_ABOVE) {
            return Level.VERY_TIGHT;
        }
        if (r > TIGHT_ABOVE) {
            return Level.TIGHT;
        }
        if (r >= AVERAGE_FROM) {
            return Level.AVERAGE;
        }
        if (r >= LOOSE_FROM) {
            return Level.LOOSE;
        }
        return Level.VERY_LOOSE;
    }
}
