package io.usdtcustody.screening.search;

import io.usdtcustody.screening.image.ImageReader;
import io.usdtcustody.screening.image.ImageWriter;
import io.usdtcustody.screening.name.BlockingKeys;
import io.usdtcustody.screening.name.KeyTable;
import io.usdtcustody.screening.name.PreparedName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverted lists of a {@link NameIndex}: for each blocking key (numbered in the order the names first give
 * it), the ascending ids of the names that have it; key k's ids are {@code ids[start[k]..end[k])}, and keys
 * with the same list may share one range. In an image, a key spelled as an earlier key with one character
 * deleted (most keys are such typo keys) is written as that reference, and a list equal to an earlier key's as a
 * reference too, which keeps the image small enough for a 15 MB function jar.
 */
record Postings(KeyTable keys, int[] start, int[] end, int[] ids) {
    /** Key op: a literal key, its length and characters follow. */
    private static final int LITERAL = 0;
    /**
     * Key op: the key the previous deletion was made from, without a later character (the skip follows): the
     * typo keys of one word come in a row, so a run of them is one repeated byte.
     */
    private static final int NEXT_DELETION = 1;
    /** Key op {@code DELETION + d}: an earlier key (how far back follows) without its character at {@code d}. */
    private static final int DELETION = 2;
    /** Keys start with a kind prefix ({@code t:}, {@code k:}, {@code w:}) of this length. */
    private static final int PREFIX = 2;
    /** How far back a key may look for the key it deletes one character of, or shares its list with. */
    private static final int LOOK_BACK = 64;

    static Postings of(List<PreparedName> names) {
        Map<String, IdList> building = new LinkedHashMap<>(names.size() * 16);
        for (int id = 0; id < names.size(); id++) {
            int nameId = id;
            BlockingKeys.of(names.get(id), (slot, key, strength) ->
                    building.computeIfAbsent(key, k -> new IdList()).addOnce(nameId));
        }
        List<String> order = new ArrayList<>(building.keySet());
        order.sort(Comparator.comparing(key -> key.substring(0, Math.min(PREFIX, key.length()))));
        int[] start = new int[order.size()];
        int[] end = new int[order.size()];
        int total = 0;
        for (IdList list : building.values()) {
            total += list.size;
        }
        int[] ids = new int[total];
        int at = 0;
        for (int k = 0; k < order.size(); k++) {
            IdList list = building.get(order.get(k));
            start[k] = at;
            System.arraycopy(list.values, 0, ids, at, list.size);
            at += list.size;
            end[k] = at;
        }
        return new Postings(KeyTable.of(order), start, end, ids);
    }

    void writeTo(ImageWriter out) {
        int size = keys.size();
        out.writeVarint(size);
        String[] written = new String[size];
        int[] lastDeletion = {-1, -1};
        for (int k = 0; k < size; k++) {
            String key = keys.key(k);
            written[k] = key;
            writeKey(out, key, written, k, lastDeletion);
        }
        int previousFirst = 0;
        for (int k = 0; k < size; k++) {
            int sameAs = sameListBefore(k);
            if (sameAs > 0) {
                out.writeVarint(0);
                out.writeVarint(sameAs);
            } else {
                out.writeVarint(end[k] - start[k]);
                out.writeSignedVarint(ids[start[k]] - previousFirst);
                for (int p = start[k] + 1; p < end[k]; p++) {
                    out.writeVarint(ids[p] - ids[p - 1]);
                }
            }
            previousFirst = ids[start[k]];
        }
    }

    static Postings readFrom(ImageReader in) {
        int size = in.readVarint();
        char[] chars = new char[size * 8];
        int[] keyStarts = new int[size + 1];
        int[] start = new int[size];
        int[] end = new int[size];
        int[] ids = new int[size * 4];
        int charCount = 0;
        int idCount = 0;
        int previousFirst = 0;
        int deletionBase = -1;
        int deletionAt = -1;
        for (int k = 0; k < size; k++) {
            int op = in.readVarint();
            if (op == LITERAL) {
                int length = in.readVarint();
                chars = ensure(chars, charCount + length);
                for (int i = 0; i < length; i++) {
                    chars[charCount++] = (char) in.readVarint();
                }
            } else {
                if (op == NEXT_DELETION) {
                    deletionAt += 1 + in.readVarint();
                } else {
                    deletionBase = k - in.readVarint();
                    deletionAt = op - DELETION;
                }
                int base = deletionBase;
                int deleted = deletionAt;
                int from = keyStarts[base];
                int length = keyStarts[base + 1] - from;
                chars = ensure(chars, charCount + length);
                System.arraycopy(chars, from, chars, charCount, deleted);
                System.arraycopy(chars, from + deleted + 1, chars, charCount + deleted, length - deleted - 1);
                charCount += length - 1;
            }
            keyStarts[k + 1] = charCount;
        }
        for (int k = 0; k < size; k++) {
            int count = in.readVarint();
            if (count == 0) {
                int same = k - in.readVarint();
                start[k] = start[same];
                end[k] = end[same];
            } else {
                ids = ensure(ids, idCount + count);
                start[k] = idCount;
                int id = previousFirst + in.readSignedVarint();
                ids[idCount++] = id;
                for (int p = 1; p < count; p++) {
                    id += in.readVarint();
                    ids[idCount++] = id;
                }
                end[k] = idCount;
            }
            previousFirst = ids[start[k]];
        }
        return new Postings(KeyTable.of(Arrays.copyOf(chars, charCount), keyStarts), start, end,
                Arrays.copyOf(ids, idCount));
    }

    /**
     * A key is written as an earlier key with one character deleted where there is one close by, else literally.
     */
    private static void writeKey(ImageWriter out, String key, String[] written, int k, int[] lastDeletion) {
        if (lastDeletion[0] >= 0) {
            int deleted = deletedPosition(written[lastDeletion[0]], key);
            if (deleted > lastDeletion[1]) {
                out.writeVarint(NEXT_DELETION);
                out.writeVarint(deleted - lastDeletion[1] - 1);
                lastDeletion[1] = deleted;
                return;
            }
        }
        for (int back = 1; back <= Math.min(LOOK_BACK, k); back++) {
            String base = written[k - back];
            int deleted = deletedPosition(base, key);
            if (deleted >= 0) {
                out.writeVarint(DELETION + deleted);
                out.writeVarint(back);
                lastDeletion[0] = k - back;
                lastDeletion[1] = deleted;
                return;
            }
        }
        out.writeVarint(LITERAL);
        out.writeVarint(key.length());
        for (int i = 0; i < key.length(); i++) {
            out.writeVarint(key.charAt(i));
        }
    }

    /** Where {@code shorter} is {@code base} without one character (the first such place), or -1. */
    private static int deletedPosition(String base, String shorter) {
        if (base.length() != shorter.length() + 1) {
            return -1;
        }
        int i = 0;
        while (i < shorter.length() && base.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return base.regionMatches(i + 1, shorter, i, shorter.length() - i) ? i : -1;
    }

    /** How many keys back an equal list is (within {@link #LOOK_BACK}), or 0. */
    private int sameListBefore(int k) {
        for (int back = 1; back <= Math.min(LOOK_BACK, k); back++) {
            int other = k - back;
            if (Arrays.equals(ids, start[other], end[other], ids, start[k], end[k])) {
                return back;
            }
        }
        return 0;
    }

    private static char[] ensure(char[] array, int length) {
        return length <= array.length ? array : Arrays.copyOf(array, Math.max(length, array.length * 2));
    }

    private static int[] ensure(int[] array, int length) {
        return length <= array.length ? array : Arrays.copyOf(array, Math.max(length, array.length * 2));
    }

    /** A growable list of name ids that ignores a repeat of its last id (one posting per name and key). */
    private static final class IdList {
        private int[] values = new int[2];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
