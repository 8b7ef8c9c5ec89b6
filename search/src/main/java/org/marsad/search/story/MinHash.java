package org.marsad.search.story;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.marsad.article.Span;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Tokenizer;

/**
 * MinHash signatures over shingles of {@value #SHINGLE} consecutive folded words (title then
 * body), for estimating the Jaccard similarity of two articles' wording. Punctuation and numbers
 * are ignored, so reformatted copies still agree. Stateless and thread-safe.
 */
public final class MinHash {
    public static final int HASHES = 64;
    public static final int SHINGLE = 4;
    /** Fewer shingles than this: too short to call a near-duplicate; the signature is empty. */
    public static final int MIN_SHINGLES = 8;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) SEEDS[i] = x = mix(x + i);
    }

    private MinHash() {}

    /** The signature, or an empty array when the text is too short to compare. */
    public static int[] signature(String title, String body) {
        List<String> words = words(title + "\n" + body);
        int n = words.size() - SHINGLE + 1;
        if (n < MIN_SHINGLES) return new int[0];
        long[] min = new long[HASHES];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        long[] wordHash = new long[words.size()];
        for (int i = 0; i < wordHash.length; i++) wordHash[i] = hash(words.get(i));
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) h = mix(h * 31 + wordHash[i + k]);
            for (int j = 0; j < HASHES; j++) {
                long v = mix(h ^ SEEDS[j]);
                if (v < min[j]) min[j] = v;
            }
        }
        int[] sig = new int[HASHES];
        for (int j = 0; j < HASHES; j++) sig[j] = (int) (min[j] ^ (min[j] >>> 32));
        return sig;
    }

    /** The estimated Jaccard similarity of two signatures (0 when either is empty). */
    public static double similarity(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0 || a.length != b.length) return 0;
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return same / (double) a.length;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Span s : Tokenizer.tokenize(text)) {
            char c = text.charAt(s.start());
            if (!Character.isLetter(c)) continue;
            String w = ArabicNormalizer.normalize(text, s.start(), s.end());
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static byte[] toBytes(int[] sig) {
        ByteBuffer b = ByteBuffer.allocate(sig.length * 4);
        for (int v : sig) b.putInt(v);
        return b.array();
    }

    public static int[] fromBytes(byte[] bytes, int offset, int length) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
        int[] sig = new int[length / 4];
        for (int i = 0; i < sig.length; i++) sig[i] = b.getInt();
        return sig;
    }
}
