package nl.werkpad.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.werkpad.taxonomy.Taxonomy.OccupationProfile;

/**
 * What makes a generated labour market believable, apart from how it is written: which sectors an occupation group
 * works in, which work the region wants more of, the words in employers' names and the residents' made-up names.
 */
final class MarketVocabulary {

    private MarketVocabulary() {}

    /** Words employers of an SBI section put in their names. */
    static final Map<String, String[]> EMPLOYER_WORDS = Map.ofEntries(
            Map.entry("A", new String[] {"Kwekerij", "Tuinbouw", "Agro"}),
                    Map.entry("C", new String[] {"Metaal", "Techniek", "Productie", "Voeding"}),
            Map.entry("F", new String[] {"Bouw", "Installatie", "Aannemersbedrijf"}),
                    Map.entry("G", new String[] {"Handel", "Groothandel", "Winkels"}),
            Map.entry("H", new String[] {"Logistiek", "Transport", "Haven"}),
                    Map.entry("I", new String[] {"Horeca", "Hotel", "Catering"}),
            Map.entry("J", new String[] {"Software", "ICT", "Media"}),
                    Map.entry("K", new String[] {"Financiële Diensten", "Verzekeringen"}),
            Map.entry("M", new String[] {"Advies", "Ingenieursbureau", "Onderzoek"}),
                    Map.entry("N", new String[] {"Diensten", "Facilitair", "Uitzendbureau"}),
            Map.entry("O", new String[] {"Overheidsdienst", "Uitvoeringsdienst"}),
                    Map.entry("P", new String[] {"Onderwijsgroep", "Opleidingen"}),
            Map.entry("Q", new String[] {"Zorggroep", "Thuiszorg", "Zorgcentrum"}),
                    Map.entry("R", new String[] {"Sportcentrum", "Theater", "Museum"}),
            Map.entry("S", new String[] {"Kapsalon", "Dienstverlening"}),
                    Map.entry("E", new String[] {"Afvalbeheer", "Recycling"}));

    static final String[] LEGAL = {"BV", "B.V.", "& Zn", "Groep", "Holding", "Coöperatie"};

    /**
     * ISCO sub-major group (two digits) → the SBI sections such work is mostly found in. The major group alone is too
     * coarse: it put sports coaches (34) in metal workshops (3 → C).
     */
    static final Map<String, String[]> SECTORS_OF_SUB_MAJOR = Map.ofEntries(
            Map.entry("01", new String[] {"O"}),
            Map.entry("02", new String[] {"O"}),
            Map.entry("03", new String[] {"O"}),
            Map.entry("11", new String[] {"N", "O"}),
            Map.entry("12", new String[] {"N", "K", "M"}),
            Map.entry("13", new String[] {"C", "F", "H"}),
            Map.entry("14", new String[] {"I", "G"}),
            Map.entry("21", new String[] {"M", "C", "J"}),
            Map.entry("22", new String[] {"Q"}),
            Map.entry("23", new String[] {"P"}),
            Map.entry("24", new String[] {"K", "M", "N"}),
            Map.entry("25", new String[] {"J"}),
            Map.entry("26", new String[] {"M", "O", "R"}),
            Map.entry("31", new String[] {"C", "M", "F"}),
            Map.entry("32", new String[] {"Q"}),
            Map.entry("33", new String[] {"K", "N", "G"}),
            Map.entry("34", new String[] {"R", "Q", "P"}),
            Map.entry("35", new String[] {"J"}),
            Map.entry("41", new String[] {"N", "O"}),
            Map.entry("42", new String[] {"N", "K"}),
            Map.entry("43", new String[] {"H", "G"}),
            Map.entry("44", new String[] {"N"}),
            Map.entry("51", new String[] {"I", "S"}),
            Map.entry("52", new String[] {"G"}),
            Map.entry("53", new String[] {"Q"}),
            Map.entry("54", new String[] {"N", "O"}),
            Map.entry("61", new String[] {"A"}),
            Map.entry("62", new String[] {"A"}),
            Map.entry("63", new String[] {"A"}),
            Map.entry("71", new String[] {"F"}),
            Map.entry("72", new String[] {"C", "F"}),
            Map.entry("73", new String[] {"C"}),
            Map.entry("74", new String[] {"F", "C"}),
            Map.entry("75", new String[] {"C"}),
            Map.entry("81", new String[] {"C"}),
            Map.entry("82", new String[] {"C"}),
            Map.entry("83", new String[] {"H"}),
            Map.entry("91", new String[] {"N"}),
            Map.entry("92", new String[] {"A"}),
            Map.entry("93", new String[] {"F", "C", "H"}),
            Map.entry("94", new String[] {"I"}),
            Map.entry("95", new String[] {"G"}),
            Map.entry("96", new String[] {"E", "N"}));

    /** The SBI sections such work is mostly found in, by the occupation's ISCO group; one of them at random. */
    static String sectorOf(String isco, Random random) {
        String[] sectors = SECTORS_OF_SUB_MAJOR.getOrDefault(
                isco == null || isco.length() < 2 ? "" : isco.substring(0, 2), new String[] {"N"});
        return sectors[random.nextInt(sectors.length)];
    }

    /** ISCO major groups the region wants more of: technicians, crafts, operators, care and education (sub-majors 22, 23, 32, 53). */
    static final Set<String> WANTED = Set.of("3", "7", "8", "22", "23", "53");

    /** An occupation at random, the region's wanted work three times as likely. */
    static OccupationProfile wanted(List<OccupationProfile> occupations, Random random) {
        for (int tries = 0; tries < 3; tries++) {
            OccupationProfile o = occupations.get(random.nextInt(occupations.size()));
            String isco = o.iscoGroup() == null ? "" : o.iscoGroup();
            if (!isco.isEmpty()
                    && (WANTED.contains(isco.substring(0, 1))
                            || isco.length() >= 2 && WANTED.contains(isco.substring(0, 2)))) {
                return o;
            }
        }
        return occupations.get(random.nextInt(occupations.size()));
    }

    /** Whether work of this ISCO group is found in the SBI section. */
    static boolean fits(String isco, String section) {
        String[] sectors = SECTORS_OF_SUB_MAJOR.get(isco == null || isco.length() < 2 ? "" : isco.substring(0, 2));
        return sectors != null && Arrays.asList(sectors).contains(section);
    }

    static final String[] FIRST_NAMES = {
        "Anna", "Bram", "Chantal", "Daan", "Emma", "Fatima", "Gerrit", "Hanna", "Ibrahim", "Jasper", "Kim", "Lotte",
        "Mohamed", "Noor", "Olaf", "Priya", "Ruben", "Sanne", "Tim", "Yara", "Wim", "Zeynep", "Lars", "Mila", "Sven",
        "Iris", "Kees", "Nadia", "Joost", "Esther"
    };
    static final String[] LAST_NAMES = {
        "de Vries",
        "Jansen",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "Dekker",
        "Brouwer",
        "de Wit",
        "Dijkstra",
        "Kaya",
        "Yilmaz",
        "El Amrani",
        "Koster",
        "Prins",
        "Huisman",
        "Kok",
        "Verhoeven",
        "Schouten",
        "Postma",
        "Bouali",
        "van Dam",
        "Kuipers",
        "Veenstra"
    };

    /** A made-up name, from its own random sequence so that adding names changed nothing else the seed generates. */
    static String name(Random names) {
        return FIRST_NAMES[names.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[names.nextInt(LAST_NAMES.length)];
    }
}
