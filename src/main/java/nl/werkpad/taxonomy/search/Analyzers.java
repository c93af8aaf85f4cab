package nl.werkpad.taxonomy.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Words (lower case, accents folded) and, for type-ahead, every prefix of each word. */
final class Analyzers {

    static final int MIN_PREFIX = 2;
    static final int MAX_PREFIX = 20;

    private Analyzers() {
    }

    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    static Analyzer prefixes() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, new EdgeNGramTokenFilter(stream, MIN_PREFIX, MAX_PREFIX, true));
            }
        };
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
