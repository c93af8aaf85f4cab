package nl.werkpad.passport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkYearsTests {

    private static WorkYears.Found at(String text, String words) {
        int start = text.indexOf(words);
        return WorkYears.around(text, start, start + words.length());
    }

    @Test
    void aSpanOfYearsOnTheLineGivesFromAndTo() {
        assertThat(at("2008-2023 lasser bij Damen", "lasser")).isEqualTo(new WorkYears.Found(2008, 2023, "Damen"));
        assertThat(at(
                        "Ervaring\n2001 – 2007: heftruckchauffeur bij Van den Berg Logistiek, Alkmaar\n2008-2023 lasser",
                        "heftruckchauffeur"))
                .isEqualTo(new WorkYears.Found(2001, 2007, "Van den Berg Logistiek"));
        assertThat(at("Van 1998 tot 2004 werkte ik als kok.", "kok")).isEqualTo(new WorkYears.Found(1998, 2004, null));
        assertThat(at("Welder at Damen Shipyards, 2015 to present", "Welder"))
                .isEqualTo(new WorkYears.Found(2015, null, "Damen Shipyards"));
    }

    @Test
    void aStartOrASingleYearIsTakenAsTheLineSaysIt() {
        assertThat(at("Sinds 2019 ben ik monteur.", "monteur")).isEqualTo(new WorkYears.Found(2019, null, null));
        assertThat(at("In 2012 was ik schilder bij Jansen.", "schilder"))
                .isEqualTo(new WorkYears.Found(2012, 2012, "Jansen"));
    }

    @Test
    void yearsOnAnotherLineOrImpossibleYearsAreNotTaken() {
        assertThat(at("2008-2023 lasser. Daarna werd ik kok.", "kok")).isEqualTo(new WorkYears.Found(null, null, null));
        assertThat(at("15 jaar lasser bij een scheepswerf", "lasser")).isEqualTo(new WorkYears.Found(null, null, null));
        assertThat(at("2023-2008 lasser", "lasser")).isEqualTo(new WorkYears.Found(null, null, null));
        assertThat(at("1900-1910 lasser", "lasser")).isEqualTo(new WorkYears.Found(null, null, null));
    }
}
