package nl.werkpad.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Varied JobPostings for the formats benchmark, the way job sites publish them: 40 titles (with gender marks and
 * hours in some), 300 employers, 30 places (a few postings with several locations), descriptions of 4 to 9 sentences
 * in HTML, salaries as a range, as text or missing, some without validThrough; about 3% reposts of an earlier posting
 * by the same employer with a slightly edited title and text (near-duplicates to merge), and about 1% bad postings
 * (no title, an unknown place). Deterministic for a seed.
 */
final class GeneratedPostings {

    private GeneratedPostings() {}

    static final String[] TITLES = {
        "Lasser",
        "Lasser MIG/MAG (m/v/x)",
        "Timmerman",
        "Metselaar",
        "Verpleegkundige",
        "Verzorgende IG",
        "Chauffeur",
        "Vrachtwagenchauffeur",
        "Heftruckchauffeur",
        "Elektromonteur",
        "Monteur",
        "Kok",
        "Zelfstandig werkend kok",
        "Onderwijsassistent",
        "Leraar basisonderwijs",
        "Administratief medewerker",
        "Klantenservicemedewerker",
        "Schoonmaker",
        "Productiemedewerker",
        "Software ontwikkelaar",
        "Accountmanager",
        "Loodgieter",
        "Schilder",
        "Kapper",
        "Bakker",
        "Magazijnmedewerker",
        "Orderpicker",
        "Hovenier",
        "Stratenmaker",
        "Installateur",
        "Servicemonteur",
        "Tandartsassistent",
        "Apothekersassistent",
        "Receptionist",
        "Beveiliger",
        "Kassamedewerker",
        "Verkoopmedewerker",
        "Boekhouder",
        "Data-analist",
        "Projectleider"
    };
    static final String[] SENTENCES = {
        "Je werkt in een vast team.",
        "Je leest technische tekeningen.",
        "Je hebt een rijbewijs B.",
        "Je werkt veilig volgens VCA.",
        "Je hebt contact met klanten.",
        "Je plant je eigen werk.",
        "Je werkt met Excel.",
        "Je begeleidt nieuwe collega's.",
        "Je werkt in ploegendienst.",
        "Je houdt je werkplek schoon en veilig.",
        "Je last constructies van staal.",
        "Je bereidt maaltijden voor.",
        "Je verzorgt cliënten in hun eigen huis.",
        "Je bestuurt een heftruck in het magazijn.",
        "Je installeert elektrische installaties.",
        "Je programmeert in Java en SQL.",
        "Je voert administratie uit in het boekhoudpakket.",
        "Je geeft les aan groepen kinderen.",
        "Je onderhoudt tuinen en plantsoenen.",
        "Je maakt offertes voor klanten.",
        "Je spreekt goed Nederlands en Engels.",
        "Je controleert de kwaliteit van producten.",
        "Je beantwoordt vragen aan de telefoon.",
        "Je knipt en kleurt haar.",
        "Je bakt brood en banket.",
        "Je repareert storingen bij klanten thuis.",
        "Je legt bestrating en riolering aan.",
        "Je rekent af aan de kassa.",
        "Je analyseert gegevens en maakt rapportages.",
        "Je leidt projecten van begin tot eind."
    };
    static final String[] PLACES = {
        "Alkmaar",
        "Hoorn",
        "Den Helder",
        "Enkhuizen",
        "Schagen",
        "Heiloo",
        "Castricum",
        "Bergen (NH.)",
        "Dijk en Waard",
        "Medemblik",
        "Amsterdam",
        "Haarlem",
        "Zaanstad",
        "Purmerend",
        "Utrecht",
        "Rotterdam",
        "Leiden",
        "Zwolle",
        "Groningen",
        "Eindhoven",
        "Den Haag",
        "Almere",
        "Amersfoort",
        "Arnhem",
        "Nijmegen",
        "Breda",
        "Tilburg",
        "Maastricht",
        "Leeuwarden",
        "Assen"
    };

    static List<String> of(int n, String run, long seed) {
        Random random = new Random(seed);
        List<String> postings = new ArrayList<>(n);
        List<int[]> earlier = new ArrayList<>(); // title, employer, place, first sentence, sentences
        for (int i = 0; i < n; i++) {
            int roll = random.nextInt(100);
            int title;
            int employer;
            int place;
            int first;
            int count;
            boolean repost = roll < 3 && !earlier.isEmpty();
            if (repost) {
                int[] e = earlier.get(random.nextInt(earlier.size()));
                title = e[0];
                employer = e[1];
                place = e[2];
                first = e[3];
                count = e[4];
            } else {
                title = random.nextInt(TITLES.length);
                employer = random.nextInt(300);
                place = random.nextInt(PLACES.length);
                first = random.nextInt(SENTENCES.length);
                count = 4 + random.nextInt(6);
                earlier.add(new int[] {title, employer, place, first, count});
            }
            String name = TITLES[title] + (repost ? " (m/v/x)" : random.nextInt(5) == 0 ? " 32-38 uur" : "");
            if (roll == 99) {
                name = "";
            }
            StringBuilder text = new StringBuilder("<p>Voor onze vestiging zoeken wij een ")
                    .append(TITLES[title].toLowerCase())
                    .append(".</p><ul>");
            for (int s = 0; s < count; s++) {
                text.append("<li>")
                        .append(SENTENCES[(first + s * 7) % SENTENCES.length])
                        .append("</li>");
            }
            text.append("</ul><p>Vacaturenummer ").append(i).append(".</p>");
            if (repost) {
                text.append("<p>Solliciteer snel!</p>");
            }
            String location = roll == 98
                    ? place("Atlantis")
                    : roll % 20 == 1
                            ? "[" + place(PLACES[place]) + "," + place(PLACES[(place + 1) % PLACES.length]) + "]"
                            : place(PLACES[place]);
            String salary =
                    switch (roll % 10) {
                        case 2 -> ",\"baseSalary\":\"€ 2.800 - € 3.400 per maand\"";
                        case 5 -> "";
                        default ->
                            ",\"baseSalary\":{\"@type\":\"MonetaryAmount\",\"currency\":\"EUR\",\"value\":"
                                    + "{\"@type\":\"QuantitativeValue\",\"minValue\":" + (2500 + random.nextInt(500))
                                    + ",\"maxValue\":" + (3200 + random.nextInt(800)) + ",\"unitText\":\"MONTH\"}}";
                    };
            String validThrough = roll % 17 == 3 ? "" : ",\"validThrough\":\"2099-12-31\"";
            postings.add(("{\"@context\":\"https://schema.org/\",\"@type\":\"JobPosting\",\"title\":\"%s\","
                            + "\"description\":\"%s\",\"identifier\":\"B-%s-%d\",\"url\":\"https://jobs.example.nl/%s/%d\","
                            + "\"datePosted\":\"2026-11-01\"%s,\"employmentType\":\"FULL_TIME\","
                            + "\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Bench werkgever %s %d\"},"
                            + "\"jobLocation\":%s%s}")
                    .formatted(name, text, run, i, run, i, validThrough, run, employer, location, salary));
        }
        return postings;
    }

    private static String place(String locality) {
        return "{\"@type\":\"Place\",\"address\":{\"@type\":\"PostalAddress\",\"addressLocality\":\"" + locality
                + "\",\"addressCountry\":\"NL\"}}";
    }
}
