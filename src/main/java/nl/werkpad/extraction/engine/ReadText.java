package nl.werkpad.extraction.engine;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.werkpad.taxonomy.search.Analyzers;
import nl.werkpad.taxonomy.search.Glossary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A text as the dictionary's terms, each where it stands: its sentence and its characters. A Dutch
 * text is read three ways: Dutch stems and the stems of compound parts ("heftruckcertificaat" →
 * heftruck, certificaat) for Dutch labels; English stems for the English words Dutch CVs use ("Python",
 * "scrum"), which count only where they cannot be Dutch; and the English counterparts of its Dutch stems
 * from the glossary, for skills ESCO names in English only. An English text is read as English.
 */
final class ReadText {

    /** How a term came out of the text; the weight says how much a match through it is worth. */
    enum Source {
        DIRECT(1f),
        ENGLISH_IN_DUTCH(0.9f),
        ENGLISH_ALSO_DUTCH(0.8f),
        TRANSLATED(0.55f);

        final float weight;

        Source(float weight) {
            this.weight = weight;
        }
    }

    /** A term found at characters [start, end) of sentence {@code sentence}. */
    record Occurrence(int term, int start, int end, int sentence, Source source, float weight) {}

    private ReadText() {}

    /** "nl" unless the text has more English function words than Dutch ones. */
    static String detectLanguage(String text) {
        int dutch = 0;
        int english = 0;
        for (String word : Analyzers.tokens(Analyzers.words(), text)) {
            if (Analyzers.DUTCH_STOP_WORDS.contains(word)) {
                dutch++;
            }
            if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                english++;
            }
        }
        return english > dutch ? "en" : "nl";
    }

    static List<Occurrence> read(LabelDictionary dictionary, String text, String language) {
        int[] sentenceStarts = sentenceStarts(text, language);
        List<Occurrence> found = new ArrayList<>();
        if (language.equals("nl")) {
            Glossary glossary = dictionary.vocabulary.glossary();
            terms(dictionary.dutchText, text, (stem, start, end) -> {
                if (name(text, start)) {
                    return; // a name is read as English below, if at all, never as a Dutch word
                }
                int sentence = sentenceOf(sentenceStarts, start);
                add(found, dictionary.term("nl", stem), start, end, sentence, Source.DIRECT, 1f);
                for (Glossary.Translation t : glossary.translate(stem)) {
                    for (String english : dictionary.fromPorter.getOrDefault(t.english(), Set.of())) {
                        add(
                                found,
                                dictionary.term("en", english),
                                start,
                                end,
                                sentence,
                                Source.TRANSLATED,
                                Source.TRANSLATED.weight + (1 - Source.TRANSLATED.weight) * t.weight());
                    }
                }
            });
            terms(dictionary.english, text, (stem, start, end) -> {
                String word = text.substring(start, end).toLowerCase(Locale.ROOT);
                Source source = dictionary.dutchWords.contains(word) || Analyzers.DUTCH_STOP_WORDS.contains(word)
                        ? Source.ENGLISH_ALSO_DUTCH
                        : Source.ENGLISH_IN_DUTCH;
                add(
                        found,
                        dictionary.term("en", stem),
                        start,
                        end,
                        sentenceOf(sentenceStarts, start),
                        source,
                        source.weight);
            });
        } else {
            terms(
                    dictionary.english,
                    text,
                    (stem, start, end) -> add(
                            found,
                            dictionary.term("en", stem),
                            start,
                            end,
                            sentenceOf(sentenceStarts, start),
                            Source.DIRECT,
                            1f));
        }
        return found;
    }

    /**
     * True for a word with a capital inside a sentence: in Dutch that is a name ("Den Helder", "Bakker Logistiek"),
     * not a Dutch word ("Den" is not "Deens", "Bakker" is no baker); names in capitals ("VCA") and English words
     * ("Excel") are still read as English.
     */
    static boolean name(String text, int start) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (text.substring(start, end).chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        return before >= 0 && ".!?:;\n•-(\"'*".indexOf(text.charAt(before)) < 0;
    }

    private static void add(
            List<Occurrence> found, int term, int start, int end, int sentence, Source source, float weight) {
        if (term >= 0) {
            found.add(new Occurrence(term, start, end, sentence, source, weight));
        }
    }

    private interface TermSink {
        void accept(String stem, int start, int end);
    }

    private static void terms(Analyzer analyzer, String text, TermSink sink) {
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where sentences start: the language's sentence boundaries, and every line, list bullet and
     * semicolon (CVs are lists more than prose).
     */
    static int[] sentenceStarts(String text, String language) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        sentences.setText(text);
        List<Integer> starts = new ArrayList<>();
        for (int b = sentences.first(); b != BreakIterator.DONE && b < text.length(); b = sentences.next()) {
            starts.add(b);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == ';' || c == '•' || c == '|' || c == '·') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    private static int sentenceOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
