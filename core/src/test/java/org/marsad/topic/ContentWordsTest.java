package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.marsad.article.Token;
import org.junit.jupiter.api.Test;

class ContentWordsTest {
    private final ContentWords words = new ContentWords(StopWords.shipped());

    private String[] keys(String text) {
        return words.keys(Texts.TEXT.tokens(text));
    }

    @Test
    void cliticVariantsShareOneKey() {
        assertThat(keys("موسكو بموسكو لموسكو وموسكو")).containsOnly("موسكو");
    }

    @Test
    void spellingVariantsFoldToOneKey() {
        assertThat(keys("أفغانستان افغانستان")).containsOnly("افغانستان");
    }

    @Test
    void stopWordsHaveNoKey() {
        assertThat(keys("في على الذي قال وقال")).containsOnly((String) null);
    }

    @Test
    void numbersAndPunctuationHaveNoKey() {
        assertThat(keys("2018 ، 3.5 ١٢")).containsOnly((String) null);
    }

    @Test
    void displayKeepsTheArticleAndDropsThePreposition() {
        List<Token> t = Texts.TEXT.tokens("بالإرهاب");
        assertThat(ContentWords.display(t.get(0))).isEqualTo("الإرهاب");
    }

    @Test
    void conjunctionStartsANewPhrase() {
        List<Token> t = Texts.TEXT.tokens("روسيا وأفغانستان");
        assertThat(ContentWords.continuesPhrase(t.get(1))).isFalse();
        assertThat(ContentWords.continuesPhrase(t.get(0))).isTrue();
    }
}
