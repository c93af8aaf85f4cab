package nl.werkpad.europass.domain;

import java.util.List;

/** CEFR levels (A1..C2) as the passport's skill level 1–5: the median of the parts given; C1 and C2 are both 5. */
public final class Cefr {

    private Cefr() {}

    public static Integer passportLevel(List<String> levels, boolean motherTongue) {
        if (motherTongue) {
            return 5;
        }
        if (levels.isEmpty()) {
            return null;
        }
        int[] values = levels.stream().mapToInt(Cefr::value).sorted().toArray();
        return values[values.length / 2];
    }

    static int value(String cefr) {
        return switch (cefr) {
            case "A1" -> 1;
            case "A2" -> 2;
            case "B1" -> 3;
            case "B2" -> 4;
            default -> 5;
        };
    }
}
