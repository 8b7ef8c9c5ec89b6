package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LongIntMap} behaves as a map from any long (0 and negatives included) to its index, through growth. */
class LongIntMapTest {
    @Test void agreesWithAHashMapOnRandomKeysThroughGrowth() {
        Random r = new Random(11);
        LongIntMap m = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            long key = switch (i % 4) {
                case 0 -> r.nextLong();
                case 1 -> r.nextInt(1_000) - 500;    // small keys, 0 and negatives, many repeats
                default -> r.nextLong() >>> 40;
            };
            int index = m.getOrAdd(key);
            Integer before = expected.putIfAbsent(key, expected.size());
            assertThat(index).isEqualTo(before != null ? before : expected.size() - 1);
        }
        assertThat(m.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(m.get(k)).isEqualTo(v));
        long[] keys = m.keysByIndex();
        expected.forEach((k, v) -> assertThat(keys[v]).isEqualTo(k));
        for (int i = 0; i < 1_000; i++) {
            long absent = r.nextLong();
            if (!expected.containsKey(absent)) assertThat(m.get(absent)).isEqualTo(-1);
        }
    }

    @Test void putReplacesAValue() {
        LongIntMap m = new LongIntMap(2);
        m.put(0L, 7);
        m.put(0L, 3);
        assertThat(m.get(0L)).isEqualTo(3);
        assertThat(m.size()).isEqualTo(1);
        assertThat(m.get(1L)).isEqualTo(-1);
    }
}
