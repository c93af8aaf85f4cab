package nl.werkpad.taxonomy.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Words (lower case, accents folded); for type-ahead, every prefix of each word; for Dutch, stems
 * (Snowball) of each word and of the parts of a compound ("warmtepompen" → warmtepomp, warmt, pomp),
 * split against a dictionary of the words ESCO's own Dutch labels use.
 */
public final class Analyzers {

    static final int MIN_PREFIX = 2;
    static final int MAX_PREFIX = 20;
    /** Compound parts shorter than this are too often accidental ("arm" in "warmte"). */
    static final int MIN_PART = 4;

    static final int MIN_COMPOUND = 7;
    public static final CharArraySet DUTCH_STOP_WORDS = DutchAnalyzer.getDefaultStopSet();

    private Analyzers() {}

    public static Analyzer words() {
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
                return new TokenStreamComponents(
                        tokenizer, new EdgeNGramTokenFilter(stream, MIN_PREFIX, MAX_PREFIX, true));
            }
        };
    }

    /** Dutch stems of every word and of the known words inside it (at the same position). */
    static Analyzer dutch(CharArraySet dictionary) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                stream = new StopFilter(stream, DUTCH_STOP_WORDS);
                stream = new DictionaryCompoundWordTokenFilter(stream, dictionary, MIN_COMPOUND, MIN_PART, 20, false);
                return new TokenStreamComponents(tokenizer, new SnowballFilter(stream, new DutchStemmer()));
            }
        };
    }

    /** English words, stop words dropped, Porter stems ("drawings" → draw). */
    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
            }
        };
    }

    /** Dutch words, stop words dropped, Snowball stems, without compound parts (for learning the glossary). */
    public static Analyzer dutchStems() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream =
                        new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)), DUTCH_STOP_WORDS);
                return new TokenStreamComponents(tokenizer, new SnowballFilter(stream, new DutchStemmer()));
            }
        };
    }

    /**
     * The compound dictionary: every word of at least {@link #MIN_PART} letters in the given Dutch
     * labels, folded like the text it splits.
     */
    static CharArraySet dictionary(Collection<String> dutchLabels) {
        Analyzer words = words();
        CharArraySet dictionary = new CharArraySet(50_000, false);
        for (String label : dutchLabels) {
            for (String word : tokens(words, label)) {
                if (word.length() >= MIN_PART
                        && !DUTCH_STOP_WORDS.contains(word)
                        && word.chars().allMatch(Character::isLetter)) {
                    dictionary.add(word);
                }
            }
        }
        return dictionary;
    }

    public static List<String> tokens(Analyzer analyzer, String text) {
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
