package nl.werkpad.matching.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ObjIntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One kind of entry (vacancies, persons, offers) in an in-memory Lucene index for retrieval and
 * filtering (skills, distance, consent), with the entries themselves kept in memory for exact scoring:
 * every document carries the slot of its entry. Writes come from one thread at a time (the change feed
 * follower or the start-up build); searches from any number of threads.
 */
final class LuceneTable<E> {

    static final String ID = "id";
    private static final String SLOT = "slot";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<UUID, E> current = new ConcurrentHashMap<>();
    private volatile Object[] slots = new Object[1024];
    private int nextSlot;

    LuceneTable() {
        try {
            IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(256);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the entry with its searchable fields; visible after {@link #refresh}. */
    synchronized void put(UUID id, E entry, Iterable<? extends Field> fields) {
        if (nextSlot == slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
        int slot = nextSlot++;
        slots[slot] = entry;
        Document doc = new Document();
        doc.add(new StringField(ID, id.toString(), Field.Store.NO));
        doc.add(new NumericDocValuesField(SLOT, slot));
        fields.forEach(doc::add);
        try {
            writer.updateDocument(new Term(ID, id.toString()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current.put(id, entry);
    }

    synchronized void remove(UUID id) {
        try {
            writer.deleteDocuments(new Term(ID, id.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current.remove(id);
    }

    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After a bulk build: one segment for fast searching. */
    synchronized void compact() {
        try {
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
    }

    Optional<E> get(UUID id) {
        return Optional.ofNullable(current.get(id));
    }

    int size() {
        return current.size();
    }

    /** Every entry matching the query, in index order, with its document's ordinal in the reader. */
    @SuppressWarnings("unchecked")
    void forEach(Query query, ObjIntConsumer<E> each) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Object[] entries = slots;
                searcher.search(query, new SimpleCollector() {
                    private NumericDocValues slot;

                    @Override
                    protected void doSetNextReader(LeafReaderContext context) throws IOException {
                        slot = context.reader().getNumericDocValues(SLOT);
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (slot.advanceExact(doc)) {
                            each.accept((E) entries[(int) slot.longValue()], doc);
                        }
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                });
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets everything (before a rebuild). */
    synchronized void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current.clear();
        slots = new Object[1024];
        nextSlot = 0;
        refresh();
    }
}
