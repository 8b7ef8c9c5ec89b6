package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.SharedData;
import org.marsad.text.CliticSegmenter;

class SegmentationEvalTest {
    /** Measured on ar_pud-dev (`marsad eval segmentation`): 0.9883; a regression below this fails. */
    private static final double DEV_F1_FLOOR = 0.982;

    @TempDir
    Path dir;

    private static String row(int id, String form, boolean spaceAfter) {
        return id + "\t" + form + "\t_\t_\t_\t_\t0\t_\t_\t" + (spaceAfter ? "_" : "SpaceAfter=No") + "\n";
    }

    private SegmentationEval eval(String conllu) throws IOException {
        Path f = dir.resolve("gold.conllu");
        Files.writeString(f, conllu);
        SegmentationEval e = new SegmentationEval(CliticSegmenter.shipped());
        Conllu.read(f).forEach(e::add);
        return e;
    }

    @Test
    void cliticsWrittenWithoutSpaceAreGoldWords() throws IOException {
        SegmentationEval e = eval("# text = وصل لافروف بموسكو\n" + row(1, "وصل", true) + row(2, "لافروف", true)
                + row(3, "ب", false) + row(4, "موسكو", true) + "\n");
        assertThat(e.goldWords()).isEqualTo(4);
        assertThat(e.correctWords()).isEqualTo(4);
        assertThat(e.f1()).isEqualTo(1.0);
    }

    @Test
    void errorShowsTheSystemWordsOverlappingTheGoldChunk() throws IOException {
        // a made-up gold that splits ب off بغداد: the system keeps the city whole
        SegmentationEval e = eval(row(1, "ب", false) + row(2, "غداد", true) + "\n");
        assertThat(e.errors()).hasSize(1);
        SegmentationEval.ChunkError err = e.errors().get(0);
        assertThat(err.chunk()).isEqualTo("بغداد");
        assertThat(err.gold()).containsExactly("ب", "غداد");
        assertThat(err.system()).containsExactly("بغداد");
        assertThat(err.kind()).isEqualTo("UNDER");
        assertThat(e.recall()).isZero();
    }

    @Test
    void multiWordTokensAreAlignedByFoldedForms() throws IOException {
        SegmentationEval e = eval("1-2\tبموسكو\t_\t_\t_\t_\t_\t_\t_\t_\n" + row(1, "بِ", true) + row(2, "موسكو", true) + "\n");
        assertThat(e.correctWords()).isEqualTo(2);
    }

    @Test
    void articleStaysAttachedAsInUd() throws IOException {
        SegmentationEval e = eval(row(1, "و", false) + row(2, "الخارجية", true) + "\n");
        assertThat(e.f1()).isEqualTo(1.0);
    }

    @Test
    void malformedLineNamesFileAndLine() throws IOException {
        Path f = dir.resolve("bad.conllu");
        Files.writeString(f, "# c\n1\tكلمة\n");
        assertThatThrownBy(() -> Conllu.read(f)).hasMessageContaining("bad.conllu line 2");
        // a token id that is no number, and bytes that are no UTF-8, name the file too
        Path id = dir.resolve("id.conllu");
        Files.writeString(id, "x\tكلمة\t_\t_\t_\t_\t_\t_\t_\t_\n");
        assertThatThrownBy(() -> Conllu.read(id)).isInstanceOf(IOException.class).hasMessageContaining("id.conllu line 1");
        Path bytes = dir.resolve("bytes.conllu");
        Files.write(bytes, new byte[] {'1', '\t', (byte) 0xD8, '\n'});
        assertThatThrownBy(() -> Conllu.read(bytes)).isInstanceOf(IOException.class).hasMessageContaining("bytes.conllu: not UTF-8");
    }

    @Test
    void devF1StaysAboveMeasuredFloor() throws IOException {
        List<List<Conllu.GoldToken>> gold = Conllu.read(SharedData.path("data/ud/ar_pud-dev.conllu"));
        SegmentationEval e = new SegmentationEval(CliticSegmenter.shipped());
        gold.forEach(e::add);
        assertThat(e.goldWords()).isGreaterThan(10_000);
        assertThat(e.f1()).isGreaterThan(DEV_F1_FLOOR);
    }
}
