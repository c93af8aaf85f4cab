package nl.werkpad.taxonomy.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * What the taxonomy index holds for each concept: its labels per language as words, prefixes and exact labels, the
 * Dutch and English stems, the names of its occupations and skill group, its descriptions, and its popularity. The
 * queries of {@link TaxonomyIndex} search these fields; a change here changes {@link TaxonomyIndex#FORMAT}.
 */
final class ConceptDocument {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String TYPE = "type";
    static final String CONTEXT = "context";
    static final String FEATURES = "features";
    static final String POPULARITY = "popularity";
    /** Dutch stems: of preferred, alternative (and hidden) labels, of the occupations' names, of the skill group's name. */
    static final String STEM_PREF = "stem_pref_nl";

    static final String STEM_ALT = "stem_alt_nl";
    static final String STEM_CONTEXT = "stem_context";
    static final String STEM_GROUP = "stem_group";
    static final String STEM_CONTEXT_ALT = "stem_context_alt";
    static final String STEM_DESCRIPTION = "stem_description";
    /** English stems of English labels, which Dutch words reach through the {@link Glossary}. */
    static final String STEM_PREF_EN = "stem_pref_en";

    static final String STEM_ALT_EN = "stem_alt_en";

    private ConceptDocument() {}

    /** The fields of one concept; {@code byId} gives its skill group's name, {@code words} the exact-label tokens. */
    static Document of(IndexedConcept concept, Map<String, IndexedConcept> byId, Analyzer words) {
        Document doc = new Document();
        doc.add(new StringField(ID, concept.id(), Field.Store.YES));
        doc.add(new StringField(KIND, concept.kind().name(), Field.Store.NO));
        concept.types().forEach(t -> doc.add(new StringField(TYPE, t, Field.Store.NO)));
        concept.preferred().forEach((lang, label) -> {
            doc.add(new TextField("pref_" + lang, label, Field.Store.NO));
            doc.add(new TextField(prefixField("pref", lang), label, Field.Store.NO));
            doc.add(new StringField("exact_" + lang, String.join(" ", Analyzers.tokens(words, label)), Field.Store.NO));
        });
        concept.alternative()
                .forEach((lang, labels) -> labels.forEach(label -> {
                    doc.add(new TextField("alt_" + lang, label, Field.Store.NO));
                    doc.add(new TextField(prefixField("alt", lang), label, Field.Store.NO));
                    doc.add(new StringField(
                            "exact_" + lang, String.join(" ", Analyzers.tokens(words, label)), Field.Store.NO));
                }));
        concept.hidden()
                .forEach((lang, labels) -> labels.forEach(label -> {
                    doc.add(new TextField("alt_" + lang, label, Field.Store.NO));
                    doc.add(new StringField(
                            "exact_" + lang, String.join(" ", Analyzers.tokens(words, label)), Field.Store.NO));
                }));
        concept.descriptions().forEach(text -> doc.add(new TextField(STEM_DESCRIPTION, text, Field.Store.NO)));
        concept.contextAlternative().forEach(label -> doc.add(new TextField(STEM_CONTEXT_ALT, label, Field.Store.NO)));
        concept.context().forEach(label -> {
            doc.add(new TextField(CONTEXT, label, Field.Store.NO));
            doc.add(new TextField(prefixField(CONTEXT, ""), label, Field.Store.NO));
            doc.add(new TextField(STEM_CONTEXT, label, Field.Store.NO));
        });
        if (concept.preferred().containsKey("nl")) {
            doc.add(new TextField(STEM_PREF, concept.preferred().get("nl"), Field.Store.NO));
        }
        if (concept.preferred().containsKey("en")) {
            doc.add(new TextField(STEM_PREF_EN, concept.preferred().get("en"), Field.Store.NO));
        }
        for (var labels : List.of(concept.alternative(), concept.hidden())) {
            labels.getOrDefault("en", List.of())
                    .forEach(label -> doc.add(new TextField(STEM_ALT_EN, label, Field.Store.NO)));
        }
        for (var labels : List.of(concept.alternative(), concept.hidden())) {
            labels.getOrDefault("nl", List.of())
                    .forEach(label -> doc.add(new TextField(STEM_ALT, label, Field.Store.NO)));
        }
        IndexedConcept group = concept.group() == null ? null : byId.get(concept.group());
        if (group != null && group.preferred().containsKey("nl")) {
            doc.add(new TextField(STEM_GROUP, group.preferred().get("nl"), Field.Store.NO));
        }
        doc.add(new FeatureField(FEATURES, POPULARITY, Math.max(1, concept.popularity())));
        return doc;
    }

    static String prefixField(String field, String lang) {
        return field + "_prefix" + (lang.isEmpty() ? "" : "_" + lang);
    }
}
