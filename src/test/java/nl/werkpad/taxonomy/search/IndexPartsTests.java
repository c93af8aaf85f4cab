package nl.werkpad.taxonomy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.werkpad.taxonomy.search.IndexedConcept.Kind;
import org.junit.jupiter.api.Test;

/**
 * An index written in parts answers exactly as one written in one go: the same concepts in the same order, also among
 * concepts with the same label (equal scores), for whole words, prefixes, typos and Dutch words reaching English ones.
 */
class IndexPartsTests {

    private static final List<String> DUTCH = List.of(
            "lassen",
            "metaal",
            "bakken",
            "brood",
            "heftruck",
            "rijden",
            "zorg",
            "ouderen",
            "plannen",
            "voorraad",
            "schilderen",
            "gevel",
            "tegels",
            "zetten",
            "warmtepomp",
            "installeren",
            "kinderen",
            "begeleiden");
    private static final List<String> ENGLISH = List.of(
            "weld",
            "metal",
            "bake",
            "bread",
            "forklift",
            "drive",
            "care",
            "elderly",
            "plan",
            "stock",
            "paint",
            "facade",
            "tiles",
            "lay",
            "heat pump",
            "install",
            "children",
            "guide");

    @Test
    void partsAnswerAsOneIndexIncludingTheOrderOfEqualScores() {
        List<IndexedConcept> concepts = market(new Random(20261126L));
        TaxonomyIndex whole = new TaxonomyIndex();
        whole.rebuild(concepts, 1);
        List<String> queries = new ArrayList<>();
        for (String word : DUTCH) {
            queries.add(word);
            queries.add(word.substring(0, 3));
            queries.add(word.substring(0, word.length() - 1) + "x"); // a typo
        }
        queries.addAll(ENGLISH);
        queries.add("metaal lassen");
        queries.add("zorg voor ouderen");
        boolean tieSeen = false;
        for (int parts : new int[] {2, 3, 4}) {
            TaxonomyIndex inParts = new TaxonomyIndex();
            inParts.rebuild(concepts, parts);
            for (String query : queries) {
                for (String language : List.of("nl", "en")) {
                    List<IndexedConcept> expected = whole.search(query, Kind.SKILL, language, null, 25);
                    assertThat(inParts.search(query, Kind.SKILL, language, null, 25))
                            .as("%s in %s, %d parts", query, language, parts)
                            .extracting(IndexedConcept::id)
                            .containsExactlyElementsOf(
                                    expected.stream().map(IndexedConcept::id).toList());
                    tieSeen |= sameLabelTwice(expected);
                }
            }
        }
        assertThat(tieSeen)
                .as("the answers hold concepts with the same label, so ties are compared")
                .isTrue();
    }

    private static boolean sameLabelTwice(List<IndexedConcept> found) {
        return found.stream().map(c -> c.preferred().get("nl")).distinct().count() < found.size();
    }

    /** Skills of two words each from a small vocabulary: many share a label, in both languages. */
    private static List<IndexedConcept> market(Random random) {
        List<IndexedConcept> concepts = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int a = random.nextInt(DUTCH.size());
            int b = random.nextInt(DUTCH.size());
            concepts.add(new IndexedConcept(
                    "s" + i,
                    Kind.SKILL,
                    null,
                    Map.of("nl", DUTCH.get(a) + " " + DUTCH.get(b), "en", ENGLISH.get(b) + " " + ENGLISH.get(a)),
                    Map.of("nl", List.of(DUTCH.get(b))),
                    Map.of(),
                    Set.of("skill"),
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    1 + random.nextInt(3)));
        }
        return concepts;
    }
}
