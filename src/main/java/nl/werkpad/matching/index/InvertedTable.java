package nl.werkpad.matching.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntConsumer;

/**
 * One kind of entry (vacancies or persons) held for top-k search: every entry in a slot, with per slot what the
 * search reads for each posting (its place, a number such as the profile's weight sum, a reach, a flag), and per
 * skill the postings: the slots of the entries that have it, each with one bit (essential or not). A table may post
 * only its flagged entries (persons: only those a search by skill may find).
 *
 * <p>Postings are kept exact: replacing or removing an entry takes its slot out of every list it was in, and the
 * slot is reused by the next entry, so memory follows the live entries, not the history of changes (issue 21,
 * item 2). Entries sit at a few hundred distinct places ({@link PlaceCells}): a search computes the distance to each
 * place once and reads it per posting. One writer at a time (the change feed or the build); searches
 * take the read lock for their duration.
 */
final class InvertedTable<E> {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<UUID, E> current = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> slotOf = new HashMap<>();
    private Object[] entries = new Object[1024];
    private UUID[] ids = new UUID[1024];
    /**
     * Per slot, what a search checks for every posting it meets, in one int so that it costs one memory access: the
     * place (bits 0-19), the reach in km (bits 20-30, at most {@value #MAX_REACH}) and the flag (bit 31).
     */
    private int[] info = new int[1024];

    private float[] norm = new float[1024];
    private int[][] skillsOf = new int[1024][];
    private int[][] flaggedOf = new int[1024][];
    /** Per slot, where each of its postings sits in its skill's list (flagged skills first), so removal is O(1). */
    private int[][] positions = new int[1024][];

    private int slotCount;
    private int[] free = new int[64];
    private int freeCount;

    private final PlaceCells places = new PlaceCells();

    static final int MAX_REACH = 2047;

    /** Whether only flagged entries have postings (persons: only those who let employers find them are searched). */
    private final boolean postFlaggedOnly;

    /** Per cell: the largest reach of an entry ever placed there (an upper bound for the live ones). */
    private int[] cellReach = new int[64];

    /** Per skill, per cell: the postings (slot &lt;&lt; 1 | bit). */
    private int[][][] postings = new int[1024][][];

    private int[][] postingSizes = new int[1024][];
    /** Per skill, the smallest {@link #norm} of an entry that ever had it: a lower bound for the live ones. */
    private float[] minNorm = new float[1024];

    InvertedTable(boolean postFlaggedOnly) {
        this.postFlaggedOnly = postFlaggedOnly;
        Arrays.fill(minNorm, Float.POSITIVE_INFINITY);
    }

    /**
     * Adds or replaces an entry: {@code flagged} skills are posted with the bit set (a vacancy's essential skills),
     * {@code plain} ones without.
     */
    void put(
            UUID id,
            E entry,
            double lat,
            double lon,
            int[] flagged,
            int[] plain,
            float entryNorm,
            int entryReach,
            boolean entryFlag) {
        lock.writeLock().lock();
        try {
            removeLocked(id);
            int slot = freeCount > 0 ? free[--freeCount] : slotCount++;
            if (slot >= entries.length) {
                grow(slot + 1);
            }
            entries[slot] = entry;
            ids[slot] = id;
            int at0 = places.place(lat, lon);
            int reachKm = Math.clamp(entryReach, 0, MAX_REACH);
            info[slot] = at0 | reachKm << 20 | (entryFlag ? 1 << 31 : 0);
            int cell = places.cellOf(at0);
            if (cell >= cellReach.length) {
                cellReach = Arrays.copyOf(cellReach, Math.max(cell + 1, cellReach.length * 2));
            }
            norm[slot] = entryNorm;
            skillsOf[slot] = plain;
            flaggedOf[slot] = flagged;
            boolean posted = entryFlag || !postFlaggedOnly;
            int[] at = positions[slot] = new int[posted ? flagged.length + plain.length : 0];
            if (posted) {
                cellReach[cell] = Math.max(cellReach[cell], reachKm);
            }
            for (int j = 0; j < at.length; j++) {
                at[j] = j < flagged.length
                        ? post(flagged[j], cell, slot << 1 | 1, entryNorm)
                        : post(plain[j - flagged.length], cell, slot << 1, entryNorm);
            }
            slotOf.put(id, slot);
            current.put(id, entry);
        } finally {
            lock.writeLock().unlock();
        }
    }

    void remove(UUID id) {
        lock.writeLock().lock();
        try {
            removeLocked(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void removeLocked(UUID id) {
        Integer slot = slotOf.remove(id);
        current.remove(id);
        if (slot == null) {
            return;
        }
        int[] flagged = flaggedOf[slot];
        int[] plain = skillsOf[slot];
        int cell = places.cellOf(placeOf(slot));
        for (int j = 0; j < positions[slot].length; j++) {
            unpost(j < flagged.length ? flagged[j] : plain[j - flagged.length], cell, positions[slot][j]);
        }
        positions[slot] = null;
        entries[slot] = null;
        ids[slot] = null;
        skillsOf[slot] = null;
        flaggedOf[slot] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = slot;
    }

    /** Appends a posting; returns where it sits (-1 for an unknown skill). */
    private int post(int skill, int cell, int value, float entryNorm) {
        if (skill < 0) {
            return -1;
        }
        if (skill >= postings.length) {
            int n = Math.max(skill + 1, postings.length * 2);
            postings = Arrays.copyOf(postings, n);
            postingSizes = Arrays.copyOf(postingSizes, n);
            int old = minNorm.length;
            minNorm = Arrays.copyOf(minNorm, n);
            Arrays.fill(minNorm, old, n, Float.POSITIVE_INFINITY);
        }
        int[][] byCell = postings[skill];
        if (byCell == null || byCell.length <= cell) {
            int n = Math.max(cell + 1, places.cellCount());
            byCell = postings[skill] = byCell == null ? new int[n][] : Arrays.copyOf(byCell, n);
            postingSizes[skill] = postingSizes[skill] == null ? new int[n] : Arrays.copyOf(postingSizes[skill], n);
        }
        int[] list = byCell[cell];
        int size = postingSizes[skill][cell];
        if (list == null) {
            list = byCell[cell] = new int[2];
        } else if (size == list.length) {
            list = byCell[cell] = Arrays.copyOf(list, size + (size >> 1) + 1);
        }
        list[size] = value;
        postingSizes[skill][cell] = size + 1;
        minNorm[skill] = Math.min(minNorm[skill], entryNorm);
        return size;
    }

    /** Takes the posting at {@code index} out: the list's last posting takes its place (order does not matter). */
    private void unpost(int skill, int cell, int index) {
        if (skill < 0) {
            return;
        }
        int[] list = postings[skill][cell];
        int last = --postingSizes[skill][cell];
        if (index != last) {
            int moved = list[last];
            list[index] = moved;
            repoint(moved >>> 1, skill, last, index);
        }
        if (last == 0) {
            postings[skill][cell] = null;
        } else if (list.length > 16 && last < list.length / 4) {
            postings[skill][cell] = Arrays.copyOf(list, last * 2);
        }
    }

    /** The posting of {@code slot} for {@code skill} that sat at {@code from} now sits at {@code to}. */
    private void repoint(int slot, int skill, int from, int to) {
        int[] flagged = flaggedOf[slot];
        int[] plain = skillsOf[slot];
        int[] at = positions[slot];
        for (int j = 0; j < at.length; j++) {
            int s = j < flagged.length ? flagged[j] : plain[j - flagged.length];
            if (s == skill && at[j] == from) {
                at[j] = to;
                return;
            }
        }
        throw new IllegalStateException("posting of slot " + slot + " for skill " + skill + " not found");
    }

    private void grow(int min) {
        int n = Math.max(min, entries.length * 2);
        entries = Arrays.copyOf(entries, n);
        ids = Arrays.copyOf(ids, n);
        info = Arrays.copyOf(info, n);
        norm = Arrays.copyOf(norm, n);
        skillsOf = Arrays.copyOf(skillsOf, n);
        flaggedOf = Arrays.copyOf(flaggedOf, n);
        positions = Arrays.copyOf(positions, n);
    }

    void clear() {
        lock.writeLock().lock();
        try {
            current.clear();
            slotOf.clear();
            Arrays.fill(entries, null);
            Arrays.fill(ids, null);
            Arrays.fill(skillsOf, null);
            Arrays.fill(flaggedOf, null);
            Arrays.fill(positions, null);
            slotCount = 0;
            freeCount = 0;
            postings = new int[1024][][];
            postingSizes = new int[1024][];
            Arrays.fill(cellReach, 0);
            minNorm = new float[1024];
            Arrays.fill(minNorm, Float.POSITIVE_INFINITY);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The slot of a live entry (under the read lock). */
    Optional<Integer> slot(UUID id) {
        return Optional.ofNullable(slotOf.get(id));
    }

    Optional<E> get(UUID id) {
        return Optional.ofNullable(current.get(id));
    }

    int size() {
        return current.size();
    }

    // ---- reading, for searches: call between readLock() and readUnlock()

    void readLock() {
        lock.readLock().lock();
    }

    void readUnlock() {
        lock.readLock().unlock();
    }

    int slotCapacity() {
        return entries.length;
    }

    int slotCount() {
        return slotCount;
    }

    int placeCount() {
        return places.count();
    }

    double placeLat(int place) {
        return places.lat(place);
    }

    double placeLon(int place) {
        return places.lon(place);
    }

    @SuppressWarnings("unchecked")
    E entry(int slot) {
        return (E) entries[slot];
    }

    UUID id(int slot) {
        return ids[slot];
    }

    int placeOf(int slot) {
        return info[slot] & (PlaceCells.MAX_PLACES - 1);
    }

    /** The entry's skills posted with the bit set (for tests). */
    int[] flaggedOf(int slot) {
        return flaggedOf[slot];
    }

    /** The entry's skills posted without the bit (for tests). */
    int[] plainOf(int slot) {
        return skillsOf[slot];
    }

    float norm(int slot) {
        return norm[slot];
    }

    int reach(int slot) {
        return (info[slot] >>> 20) & MAX_REACH;
    }

    boolean flag(int slot) {
        return info[slot] < 0;
    }

    int cellCount() {
        return places.cellCount();
    }

    int cellOfPlace(int place) {
        return places.cellOf(place);
    }

    int cellReach(int cell) {
        return cellReach[cell];
    }

    int[] postings(int skill, int cell) {
        int[][] byCell = skill < 0 || skill >= postings.length ? null : postings[skill];
        return byCell == null || cell >= byCell.length ? null : byCell[cell];
    }

    int postingCount(int skill, int cell) {
        int[] sizes = skill < 0 || skill >= postingSizes.length ? null : postingSizes[skill];
        return sizes == null || cell >= sizes.length ? 0 : sizes[cell];
    }

    float minNorm(int skill) {
        return skill < 0 || skill >= minNorm.length ? Float.POSITIVE_INFINITY : minNorm[skill];
    }

    /** Every live slot (under the read lock). */
    void forEachSlot(IntConsumer each) {
        for (int s = 0; s < slotCount; s++) {
            if (entries[s] != null) {
                each.accept(s);
            }
        }
    }
}
