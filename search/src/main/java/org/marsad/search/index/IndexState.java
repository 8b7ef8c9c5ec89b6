package org.marsad.search.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.marsad.search.story.MinHash;
import org.marsad.search.story.StoryGrouper;

/**
 * What an ingest run must know about the index it appends to: the ids already present (so they
 * are skipped, which makes ingest idempotent and resumable) and the story grouper primed with
 * every indexed article's signature and story. Read once, from the last commit.
 */
final class IndexState {
    final Set<String> present = new HashSet<>();
    final StoryGrouper grouper;

    IndexState(StoryGrouper grouper) {
        this.grouper = grouper;
    }

    static IndexState load(DirectoryReader reader, StoryGrouper grouper) throws IOException {
        IndexState s = new IndexState(grouper);
        if (reader == null) return s;
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            Bits live = leaf.getLiveDocs();
            SortedDocValues ids = leaf.getSortedDocValues(Fields.ID);
            SortedDocValues stories = leaf.getSortedDocValues(Fields.STORY);
            BinaryDocValues sigs = leaf.getBinaryDocValues(Fields.MINHASH);
            if (ids == null) continue;
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) continue;
                if (!ids.advanceExact(doc)) continue;
                String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                s.present.add(id);
                String story = stories != null && stories.advanceExact(doc)
                        ? stories.lookupOrd(stories.ordValue()).utf8ToString() : id;
                if (sigs != null && sigs.advanceExact(doc)) {
                    BytesRef b = sigs.binaryValue();
                    grouper.remember(MinHash.fromBytes(b.bytes, b.offset, b.length), story);
                }
            }
        }
        return s;
    }
}
