package nl.werkpad.matching.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The evaluation's text-retrieval baseline: Lucene's default similarity (BM25) over one document per vacancy whose
 * terms are its skills, so Werkpad's scorer is compared with what a search engine would rank.
 */
final class Bm25Baseline {
    private final IndexSearcher searcher;
    private final int size;

    Bm25Baseline(int[][] vacancies) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            FieldType type = new FieldType();
            type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
            type.setTokenized(false);
            type.freeze();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int[] vacancy : vacancies) {
                    Document doc = new Document();
                    for (int s : vacancy) {
                        doc.add(new Field("skill", Integer.toString(s), type));
                    }
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            size = vacancies.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double[] scores(int[] resident) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int s : resident) {
            query.add(new TermQuery(new Term("skill", Integer.toString(s))), BooleanClause.Occur.SHOULD);
        }
        double[] scores = new double[size];
        try {
            for (ScoreDoc hit : searcher.search(query.build(), size).scoreDocs) {
                scores[hit.doc] = hit.score;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
    }
}
