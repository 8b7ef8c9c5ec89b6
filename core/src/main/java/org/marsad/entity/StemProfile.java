package org.marsad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * How a recogniser that sees only a word's context (never the word itself) labelled each stem's
 * uses across millions of words of unlabelled news ({@link StemProfileBuilder}): «جوزيه» seen
 * after «المدرب» and before «قال» a hundred times is a person's name even though no training
 * sentence contains it. Per stem hash: its number of uses and the share of them tagged PER, LOC,
 * ORG and MISC, each cut into a few buckets that become features. Shipped as
 * {@code ner-profile.tsv.gz} ({@code stem-hash-hex TAB uses TAB per TAB loc TAB org TAB misc}).
 * Immutable and thread-safe.
 */
final class StemProfile {
    static final String RESOURCE = "/org/marsad/entity/ner-profile.tsv.gz";
    private final LongIntMap index;
    private final byte[] buckets; // index * 5 + (0 frequency, 1..4 type share)

    StemProfile(LongIntMap index, byte[] buckets) {
        this.index = index;
        this.buckets = buckets;
    }

    static StemProfile none() {
        return new StemProfile(new LongIntMap(1), new byte[0]);
    }

    /**
     * The shipped profile, or none when the resource is absent (before 'marsad train ner-profile');
     * read once and shared by the recognisers and linkers.
     */
    static StemProfile shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final StemProfile INSTANCE = load();
    }

    private static StemProfile load() {
        InputStream in = StemProfile.class.getResourceAsStream(RESOURCE);
        if (in == null) return none();
        try (InputStream s = in) {
            return read(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static StemProfile read(InputStream gz) throws IOException {
        LongIntMap index = new LongIntMap(1 << 16);
        byte[] b = new byte[5 << 16];
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t");
                if (c.length != 6) throw new IOException("bad profile line '" + line + "'");
                int k = index.getOrAdd(Long.parseUnsignedLong(c[0], 16));
                if ((k + 1) * 5 > b.length) b = java.util.Arrays.copyOf(b, b.length * 2);
                int uses = Integer.parseInt(c[1]);
                b[k * 5] = (byte) Math.min(6, 1 + (int) (1.5 * Math.log10(uses)));
                for (int t = 1; t <= 4; t++) b[k * 5 + t] = bucket(Integer.parseInt(c[1 + t]), uses);
            }
        }
        return new StemProfile(index, b);
    }

    /** 0 never, 1 under 5 %, 2 under 20 %, 3 under 50 %, 4 at least half of the uses. */
    static byte bucket(int count, int uses) {
        if (count == 0) return 0;
        double r = (double) count / uses;
        return (byte) (r < 0.05 ? 1 : r < 0.2 ? 2 : r < 0.5 ? 3 : 4);
    }

    /**
     * Adds this stem's profile features to {@code out} from {@code n}; returns the new length.
     * A stem without a profile gets one "unknown" feature.
     */
    int features(long stem, long[] out, int n) {
        int k = index.get(stem);
        if (k < 0) {
            out[n++] = FeatureHash.with(Templates.PROFILE, -1);
            return n;
        }
        out[n++] = FeatureHash.with(Templates.PROFILE, 100 + buckets[k * 5]);
        int best = 0;
        for (int t = 1; t <= 4; t++) {
            int b = buckets[k * 5 + t];
            if (b > 0) out[n++] = FeatureHash.with(Templates.PROFILE, t * 8 + b);
            if (b > buckets[k * 5 + best]) best = t;
        }
        out[n++] = FeatureHash.with(Templates.PROFILE, 200 + best * 8 + buckets[k * 5 + best]);
        return n;
    }

    /**
     * Whether the token's stem is a common word that is seldom a person's name: used at least 46
     * times (frequency bucket 3) and tagged PER in under 5 % of its uses («برنامج», «جمعة» as
     * Friday). False for a stem without a profile.
     */
    boolean rarelyAName(org.marsad.article.Token t) {
        int k = index.get(FeatureHash.of(WordForms.foldedStem(t)));
        return k >= 0 && buckets[k * 5] >= 3 && buckets[k * 5 + 1] <= 1;
    }

    /**
     * Whether the token's stem is a common word that is seldom a name of any type: used at least 46
     * times and tagged PER, LOC, ORG and MISC each in under 5 % of its uses («يتميز», «التشكيك»; not
     * «كوريا», a place). False for a stem without a profile.
     */
    boolean rarelyAnyName(org.marsad.article.Token t) {
        return rarelyAnyName(WordForms.foldedStem(t));
    }

    /** {@link #rarelyAnyName(org.marsad.article.Token)} for a folded stem. */
    boolean rarelyAnyName(String foldedStem) {
        int k = index.get(FeatureHash.of(foldedStem));
        return k >= 0 && buckets[k * 5] >= 3 && !nameAtTimes(k);
    }

    /**
     * Whether the folded stem is a place's name at times and seldom a person's: tagged LOC in at
     * least 5 % of its uses and PER in under 20 % («رياض», «قاهره»; not «ترك», «جوني»). False for a
     * stem without a profile.
     */
    boolean placeAtTimes(String foldedStem) {
        int k = index.get(FeatureHash.of(foldedStem));
        return k >= 0 && buckets[k * 5 + 2] >= 2 && buckets[k * 5 + 1] <= 2;
    }

    /**
     * Whether the token is the dual of a feminine noun or adjective that is seldom a name of any type
     * («برونزيتين» of «برونزية», «الدولتان» of «دولة»): the singular's profile speaks for a dual
     * too rare to have one, unless the dual itself is a name at times («مارتين»; «القريتين», a Syrian
     * town as well as "the two villages").
     */
    boolean dualOfACommonWord(org.marsad.article.Token t) {
        String stem = WordForms.foldedStem(t);
        return stem.length() >= 6 && (stem.endsWith("تين") || stem.endsWith("تان"))
                && rarelyAnyName(stem.substring(0, stem.length() - 3) + "ه") && !sometimesAName(stem);
    }

    /**
     * Whether the token is the nominative dual of a masculine noun that is seldom a name of any type
     * («خبيران» of «خبير», «سببان» of «سبب»), the dual itself never a name at times (not «سلمان»,
     * «عثمان»: their stems are names, or have no profile). Alone it may still be a people or a place
     * («الألمان» is no dual of «ألم», pain; «فوجيان»), so {@link NonNames#dualAndAdjective} asks for the
     * dual word that agrees with it as well.
     */
    boolean dualOfAMasculineCommonWord(org.marsad.article.Token t) {
        String stem = WordForms.foldedStem(t);
        return stem.length() >= 5 && stem.endsWith("ان") && rarelyAnyName(stem.substring(0, stem.length() - 2)) && !sometimesAName(stem);
    }

    /** Whether the folded stem is a name of some type in 5 % of its uses or more («مارتين», Martin). */
    private boolean sometimesAName(String foldedStem) {
        int k = index.get(FeatureHash.of(foldedStem));
        return k >= 0 && nameAtTimes(k);
    }

    /** Whether the stem at profile index {@code k} is tagged PER, LOC, ORG or MISC in 5 % of its uses or more. */
    private boolean nameAtTimes(int k) {
        for (int type = 1; type <= 4; type++) if (buckets[k * 5 + type] > 1) return true;
        return false;
    }

    int size() {
        return index.size();
    }
}
