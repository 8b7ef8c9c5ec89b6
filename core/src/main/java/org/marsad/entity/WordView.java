package org.marsad.entity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.article.Segment;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticSegmenter;

/**
 * What the recogniser sees of one word, computed once per distinct word: the folded form, the
 * clitic-stripped stem (so «بموسكو» looks like «موسكو»), the clitic pattern, and hashes of its
 * local features. Instances are immutable; {@link Factory} caches them and is thread-safe.
 *
 * @param word    hash of the folded word
 * @param stem    hash of the folded stem (the word without conjunction, preposition, article, pronoun)
 * @param cluster hash of the stem's finest word cluster (or of the stem when it has none)
 * @param shape   hash of the coarse shape (Arabic, digits, Latin, punctuation)
 * @param local   hashes of this word's own features, templates already applied
 * @param coarse  hash of the stem's coarsest cluster
 * @param pattern hash of the clitic pattern («و+ب+|» for «وبموسكو»)
 * @param count   how often the stem occurs in the shipped corpus counts (0 when unseen), which
 *                {@link WordScores} uses to keep frequent words' scores
 */
record WordView(long word, long stem, long cluster, long shape, long[] local, long coarse, long pattern, int count) {

    /** Builds and caches views; one per recogniser. */
    static final class Factory {
        private static final int CACHE_LIMIT = 500_000;
        private final CliticSegmenter segmenter;
        private final WordClusters clusters;
        private final Gazetteer gazetteer;
        private final StemProfile profile;
        private final NameLists names;
        private static final org.marsad.text.WordFrequencies FREQ = org.marsad.text.WordFrequencies.shipped();
        private final Map<String, WordView> cache = new ConcurrentHashMap<>(1 << 16);

        Factory(CliticSegmenter segmenter, WordClusters clusters, Gazetteer gazetteer, StemProfile profile, NameLists names) {
            this.names = names;
            this.segmenter = segmenter;
            this.clusters = clusters;
            this.gazetteer = gazetteer;
            this.profile = profile;
        }

        WordClusters clusters() {
            return clusters;
        }

        Gazetteer gazetteer() {
            return gazetteer;
        }

        WordView of(String w) {
            WordView v = cache.get(w);
            if (v == null) {
                v = build(w);
                if (cache.size() < CACHE_LIMIT) cache.put(w, v);
            }
            return v;
        }

        private WordView build(String w) {
            String fold = ArabicNormalizer.normalize(w);
            List<Segment> segs = segmenter.segment(w, 0, w.length());
            String stem = fold;
            StringBuilder pattern = new StringBuilder(8);
            for (Segment s : segs) {
                if (s.kind() == Segment.Kind.STEM) {
                    stem = ArabicNormalizer.normalize(s.form());
                    pattern.append('|');
                } else {
                    pattern.append(s.kind().name().charAt(0)).append(s.kind().name().charAt(1));
                }
            }
            if (stem.isEmpty()) stem = fold;
            String shape = shape(fold);
            long[] local = new long[32];
            int n = 0;
            long hw = FeatureHash.of(fold);
            long hs = FeatureHash.of(stem);
            local[n++] = FeatureHash.with(Templates.WORD, hw);
            local[n++] = FeatureHash.with(Templates.STEM, hs);
            local[n++] = FeatureHash.with(Templates.PATTERN, FeatureHash.of(pattern));
            local[n++] = FeatureHash.with(Templates.SHAPE, FeatureHash.of(shape));
            local[n++] = FeatureHash.with(Templates.LENGTH, Math.min(stem.length(), 8));
            int sl = stem.length();
            if (sl >= 3) {
                local[n++] = FeatureHash.with(Templates.PREFIX2, FeatureHash.of(stem, 0, 2));
                local[n++] = FeatureHash.with(Templates.SUFFIX2, FeatureHash.of(stem, sl - 2, sl));
                local[n++] = FeatureHash.with(Templates.SUFFIX1, FeatureHash.of(stem, sl - 1, sl));
            }
            if (sl >= 4) {
                local[n++] = FeatureHash.with(Templates.PREFIX3, FeatureHash.of(stem, 0, 3));
                local[n++] = FeatureHash.with(Templates.SUFFIX3, FeatureHash.of(stem, sl - 3, sl));
            }
            int fl = fold.length();
            if (fl >= 4) local[n++] = FeatureHash.with(Templates.WORD_SUFFIX2, FeatureHash.of(fold, fl - 2, fl));
            int[] cs = clusters.of(stem);
            long finest = hs;
            long coarse = -1;
            if (cs != null) {
                coarse = cs[0];
                for (int i = 0; i < cs.length; i++) local[n++] = FeatureHash.with(Templates.CLUSTER + i, cs[i]);
                finest = FeatureHash.with(Templates.CLUSTER_ID, cs[cs.length - 1]);
            } else {
                local[n++] = FeatureHash.with(Templates.CLUSTER, -1);
            }
            // corpus evidence without labels: how often the stem takes the article, and how rare it is
            String light = CliticSegmenter.lightFold(stem);
            int bare = FREQ.count(light);
            float share = FREQ.articleShare(light);
            local[n++] = FeatureHash.with(Templates.ARTICLE_RATIO, share < 0 ? -1 : Math.round(4f * share));
            local[n++] = FeatureHash.with(Templates.FREQUENCY, bare == 0 ? 0 : 1 + (int) Math.min(6, Math.log10(bare) * 2));
            // (stem character trigrams were tried: no gain on dev)
            n = profile.features(hs, local, n);
            List<String> gazetteered = gazetteer.labels(stem, fold);
            for (String g : gazetteered) {
                local[n++] = FeatureHash.with(Templates.GAZETTEER, FeatureHash.of(g));
                if (n >= local.length - 1) break;
            }
            for (String g : names.labels(hs, hw)) {
                if (n >= local.length - 1) break;
                local[n++] = FeatureHash.with(Templates.GAZETTEER, FeatureHash.of("AG-" + g));
            }
            return new WordView(hw, hs, finest, FeatureHash.of(shape), java.util.Arrays.copyOf(local, n), coarse,
                    FeatureHash.of(pattern), bare);
        }

        private static String shape(String fold) {
            if (fold.isEmpty()) return "empty";
            char c = fold.charAt(0);
            if (c >= '0' && c <= '9') return "digit";
            if (c >= 'a' && c <= 'z') return "latin";
            if (c >= '\u0621' && c <= '\u064A') return fold.length() <= 2 ? "ar-short" : "ar";
            if (Character.isLetter(c)) return "letter";
            return "punct:" + c;
        }
    }
}
