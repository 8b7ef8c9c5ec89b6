package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {
    private static final String TEXT = "موسكو-سانا\nأعرب وزير الخارجية الروسي عن قناعته بأن العلاقات ستتحسن.";

    @Test void utf8IsDetected() throws Exception {
        Decoded d = Charsets.decode(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test void utf8BomIsDetectedAndStripped() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF; withBom[1] = (byte) 0xBB; withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Decoded d = Charsets.decode(withBom, "a.txt");
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test void utf16WithBomIsDetected() throws Exception {
        Decoded le = Charsets.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE), "le.txt");
        Decoded be = Charsets.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE), "be.txt");
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
        assertThat(be.encoding()).isEqualTo("UTF-16BE");
        assertThat(le.text()).isEqualTo(TEXT);
        assertThat(be.text()).isEqualTo(TEXT);
    }

    @Test void windows1256IsDetected() throws Exception {
        Decoded d = Charsets.decode(TEXT.getBytes(Charsets.WINDOWS_1256), "w.txt");
        assertThat(d.encoding()).isEqualTo("windows-1256");
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test void iso88596IsDetected() throws Exception {
        String plain = "قال الوزير ان العلاقات ستتحسن في الشهر المقبل مع بدء المفاوضات";
        Decoded d = Charsets.decode(plain.getBytes(Charsets.ISO_8859_6), "i.txt");
        assertThat(d.encoding()).isEqualTo("ISO-8859-6");
        assertThat(d.text()).isEqualTo(plain);
    }

    @Test void binaryIsRefusedWithTheInputNamed() {
        byte[] bin = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12, 0x00};
        assertThatThrownBy(() -> Charsets.decode(bin, "archive.zip"))
                .isInstanceOf(ReadException.class).hasMessageContaining("archive.zip").hasMessageContaining("binary");
    }
}
