package nl.werkpad.extraction.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werkpad.taxonomy.search.Analyzers;
import nl.werkpad.taxonomy.search.IndexedConcept;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline the extraction must beat: plain BM25 (Lucene's default) over ESCO's labels, one document
 * per skill or occupation holding all its labels, Dutch ones stemmed as Dutch and English ones as
 * English; the whole text is the query, every word of it optional.
 */
public final class Bm25Baseline {

    private static final int MAX_CLAUSES = 1_000;
    private final IndexSearcher searcher;
    private final Analyzer dutch = Analyzers.dutchStems();
    private final Analyzer english = Analyzers.english();

    public Bm25Baseline(Collection<IndexedConcept> concepts) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(Analyzers.words(), Map.of("nl", dutch, "en", english));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (IndexedConcept concept : concepts) {
                if (concept.kind() == IndexedConcept.Kind.SKILL_GROUP) {
                    continue;
                }
                Document doc = new Document();
                doc.add(new StringField("id", concept.id(), Field.Store.YES));
                doc.add(new StringField("kind", concept.kind().name(), Field.Store.NO));
                for (String language : List.of("nl", "en")) {
                    List<String> labels = new ArrayList<>();
                    if (concept.preferred().containsKey(language)) {
                        labels.add(concept.preferred().get(language));
                    }
                    labels.addAll(concept.alternative().getOrDefault(language, List.of()));
                    labels.addAll(concept.hidden().getOrDefault(language, List.of()));
                    labels.forEach(label -> doc.add(new TextField(language, label, Field.Store.NO)));
                }
                writer.addDocument(doc);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> skills(String text, int limit) {
        return search(text, IndexedConcept.Kind.SKILL, limit);
    }

    public List<String> occupations(String text, int limit) {
        return search(text, IndexedConcept.Kind.OCCUPATION, limit);
    }

    private List<String> search(String text, IndexedConcept.Kind kind, int limit) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field : List.of("nl", "en")) {
            Set<String> terms = new LinkedHashSet<>(Analyzers.tokens("nl".equals(field) ? dutch : english, text));
            for (String term : terms) {
                if (clauses++ < MAX_CLAUSES) {
                    words.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
                }
            }
        }
        BooleanQuery query = new BooleanQuery.Builder()
                .add(words.build(), Occur.MUST)
                .add(new TermQuery(new Term("kind", kind.name())), Occur.FILTER)
                .build();
        try {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
