package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Stem profiles: how a context-only tagger labelled a stem's uses in unlabelled news, as features. */
class StemProfileTest {
    @Test
    void sharesFallIntoBuckets() {
        assertThat(StemProfile.bucket(0, 100)).isEqualTo((byte) 0);
        assertThat(StemProfile.bucket(3, 100)).isEqualTo((byte) 1);
        assertThat(StemProfile.bucket(10, 100)).isEqualTo((byte) 2);
        assertThat(StemProfile.bucket(30, 100)).isEqualTo((byte) 3);
        assertThat(StemProfile.bucket(80, 100)).isEqualTo((byte) 4);
    }

    @Test
    void aMostlyPersonStemGetsPersonFeaturesAndAnUnknownStemOneFeature() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write((Long.toHexString(42L) + "\t200\t180\t0\t0\t0\n").getBytes(StandardCharsets.UTF_8));
        }
        StemProfile p = StemProfile.read(new ByteArrayInputStream(b.toByteArray()));
        long[] out = new long[8];
        int n = p.features(42L, out, 0);
        assertThat(java.util.Arrays.copyOf(out, n)).contains(FeatureHash.with(Templates.PROFILE, 8 + 4));
        assertThat(p.features(43L, out, 0)).isEqualTo(1);
        assertThat(out[0]).isEqualTo(FeatureHash.with(Templates.PROFILE, -1));
    }

    @Test
    void shippedProfileIsLoaded() {
        assertThat(StemProfile.shipped().size()).isGreaterThan(10_000);
    }
}
