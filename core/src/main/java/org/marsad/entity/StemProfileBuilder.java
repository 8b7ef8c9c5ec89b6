package org.marsad.entity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.marsad.article.Span;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;

/**
 * Builds the {@link StemProfile}: trains a context-only recogniser (features of the neighbouring
 * words and the word's clitic pattern and shape, never the word's own form, stem, affixes,
 * cluster or gazetteer entry) on labelled sentences, tags unlabelled texts with it, and counts per
 * stem how often each type was assigned. Deterministic for a given text order and settings.
 * Not thread-safe.
 */
public final class StemProfileBuilder {
    private final NerFeatures features;
    private final PerceptronModel model;
    private final LongIntMap slots = new LongIntMap(1 << 18);
    private int[] counts = new int[5 << 18]; // slot * 5 + (0 uses, 1..4 tagged type)
    private long tokens;

    /** Trains the context-only model on {@code labelled}. */
    public StemProfileBuilder(List<NerSentence> labelled, int epochs, long seed) {
        this.features = EntityRecognizer.defaultFeatures(StemProfile.none(), NameLists.none());
        List<long[][]> feats = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (NerSentence s : labelled) {
            feats.add(features.extractContext(s.words()));
            gold.add(TagSet.BIO.encode(s.tags()));
        }
        this.model = new PerceptronTrainer(epochs, seed, 2).train(feats, gold);
    }

    /** Tags one text (an article body) sentence by sentence and counts its stems' labels. */
    public void addText(String text) {
        for (Span sentence : SentenceSplitter.split(text)) {
            List<String> words = new ArrayList<>();
            for (Span t : Tokenizer.tokenize(text, sentence.start(), sentence.end())) {
                words.add(text.substring(t.start(), t.end()));
            }
            if (words.isEmpty()) continue;
            int[] labels = model.decode(features.extractContext(words));
            for (int i = 0; i < labels.length; i++) {
                int k = slots.getOrAdd(features.views().of(words.get(i)).stem());
                if ((k + 1) * 5 > counts.length) counts = java.util.Arrays.copyOf(counts, counts.length * 2);
                counts[k * 5]++;
                int type = model.tags().typeOf(labels[i]);
                if (type > 0) counts[k * 5 + type]++;
            }
            tokens += words.size();
        }
    }

    public long tokens() {
        return tokens;
    }

    /** Writes stems used at least {@code minUses} times, in hash order; returns how many. */
    public int write(Path out, int minUses) throws IOException {
        long[] keys = slots.keysByIndex();
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Long.compareUnsigned(keys[a], keys[b]));
        int written = 0;
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
                StandardCharsets.UTF_8))) {
            for (int k : order) {
                if (counts[k * 5] < minUses) continue;
                w.write(Long.toHexString(keys[k]));
                for (int t = 0; t < 5; t++) w.write("\t" + counts[k * 5 + t]);
                w.write('\n');
                written++;
            }
        }
        return written;
    }
}
