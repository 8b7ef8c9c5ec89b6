package org.marsad.entity;

import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.Token;
import org.marsad.entity.EntityLinker.Draft;
import org.marsad.text.ArabicNormalizer;

/**
 * The types of one sentence's mentions where the words around them say more than the recogniser
 * (a sum of money is {@link Amounts}'): a name after a place or organisation noun is that place or
 * organisation («إقليم كوانج نينه», «شركة توماس كوك»); a town with a masculine nationality is its
 * club («روما الإيطالي»); a place in quote marks that is a newspaper's title is the newspaper
 * («لـ«الشرق الأوسط»»). Runs after {@link MentionSpans} has shaped the spans. Thread-safe.
 */
final class MentionTypes {
    private final KnowledgeBase kb;

    MentionTypes(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * Nouns that, without the article, head a place's name: «إقليم كوانج نينه», «منطقة عسير»,
     * «قرية آل مغرم». Not «مقاطعة» (also "boycott": «مقاطعة أردوغان»), «ولاية» (also "term of
     * office": «انتهاء ولاية سانتوس») nor «مطار», «ميناء» (named after people: «مطار رونالد ريغان»).
     */
    private static final java.util.Set<String> PLACE_HEADS = ArabicNormalizer.foldedSet("إقليم", "منطقة", "مدينة", "بلدة", "قرية",
            "محافظة", "جزيرة", "جبل", "نهر", "بحيرة", "مخيم", "حي", "ضاحية", "قضاء", "ناحية", "وادي", "قرى", "بركان",
            // a holy site of the Hajj: «مشعر منى»
            "مشعر");

    /** The words for an armed wing, often named after a man («كتائب "عز الدين القسام"», «كتائب بدر»). Folded. */
    private static final java.util.Set<String> ARMED_WINGS = ArabicNormalizer.foldedSet("كتائب", "سرايا", "ألوية", "كتيبة");

    /**
     * Nouns that, without the article, head an organisation named after a person: «شركة توماس
     * كوك», «مؤسسة سالم بن محفوظ», «جامعة جون هوبكنز», and the {@link #ARMED_WINGS}. Not «موقع» (also
     * "location": «موقع أبو همام»), «مستشفى» (often named after its town), «فريق», «مكتب», «حكومة»
     * (someone's team, office, government).
     */
    private static final java.util.Set<String> ORG_HEADS = java.util.stream.Stream.concat(ARMED_WINGS.stream(),
            ArabicNormalizer.foldedSet("شركة", "شركات", "شركتي", "مجموعة", "مؤسسة", "جامعة", "صحيفة",
            "مجلة", "قناة", "وكالة", "بنك", "مصرف", "نادي", "ناديي", "ناديا", "فندق", "جمعية", "معهد", "متجر", "مطعم",
            // «منظمة "ديفينس ديستربيوتد"» (not «حزب»: «حزب أردوغان» is Erdogan's party, and he is a person)
            "منظمة",
            // a company's share: «وارتفع سهم نورسك هيدرو»
            "سهم", "أسهم").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** «مشعر»: a holy site of the Hajj, whose name follows («مشعر منى»). Folded. */
    private static final String SITE = ArabicNormalizer.normalize("مشعر");

    /** «عائلة», «أسرة»: after them comes the family's name, a person's. Folded. */
    private static final java.util.Set<String> FAMILY = ArabicNormalizer.foldedSet("عائلة", "أسرة");

    /**
     * A person of at most three words right after a place or organisation head without the article,
     * quote marks allowed between («مجلة "تين إيتي"»; «بمنطقة» counts: the article is what matters,
     * not the preposition), is that place or organisation: «في إقليم كوانج نينه» is a province,
     * «بمنطقة كلينتون» a district, «شركة توماس كوك» a company, «ناديي الرائد والطائي» two clubs.
     * With the article the head is a title's complement and a person follows («رئيس الإقليم مسعود
     * بارزاني», «مدير الشركة ...»); a person the knowledge base knows stays one («مدينة الملك
     * عبدالله»), and so does a known place and two words more («مدينة الطائف خالد العمر», which
     * {@link PlaceEdges#placeBeforePerson} splits). A one-word organisation or MISC after a place
     * head, quote marks allowed between, is that place, and links to no organisation of the same
     * name («منطقة الفاو» in Yemen is not the FAO; «قرى “المرابي”»), unless it is a currency («منطقة اليورو»). A place
     * the recogniser found after a place head counts as typed by its context. A person of three
     * words or more ending in a company word ({@link #COMPANY_WORDS}) is the company. An
     * organisation the knowledge base does not know, right after «عائلة» or «أسرة», is a family: a person.
     */
    /** «جامع», «مسجد»: a mosque's head word. Folded. */
    private static final java.util.Set<String> MOSQUES = org.marsad.text.ArabicNormalizer.foldedSet("جامع", "مسجد");

    void retypeAfterHeads(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            // «مشعر منى», «مشعر عرفات» (the Hajj sites) taken for a person, head word and all: the site is the place
            // («منى» is also the given name Mona); the knowledge base knows none of them
            if (d.last > d.first && d.last - d.first <= 2 && WordForms.folded(tokens.get(d.first)).equals(SITE)) {
                d.first++;
                d.typedAs(EntityType.LOC);
                d.entries = List.of();
            }
        }
        for (Draft d : here) {
            // «أسرة بن لادن», «عائلة ابن لادن»: a family is named by its people's name (ANERcorp train: a person
            // after «عائلة», «أسرة» 32 times), not a company of that name
            if (d.type == EntityType.ORG && d.first > 0 && d.last - d.first <= 2 && FAMILY.contains(headBefore(tokens, d.first))
                    && d.entries.stream().noneMatch(e -> e.ref().type() == EntityType.ORG)) {
                d.typedAs(EntityType.PER);
            }
        }
        for (Draft d : here) {
            // «جامع حلة الشريف», «ومسجد البطنة»: a mosque the recogniser took for a person, its head word and all
            if (d.type == EntityType.PER && d.last > d.first && MOSQUES.contains(WordForms.foldedWithoutConjunction(tokens.get(d.first)))
                    && d.entries.isEmpty()) {
                d.typedAs(EntityType.LOC);
            }
        }
        for (Draft d : here) {
            // three words at least: «فنسان كومباني» is Vincent Kompany
            if (d.type != EntityType.PER || d.last - d.first < 2 || !COMPANY_WORDS.contains(WordForms.folded(tokens.get(d.last)))) continue;
            d.type = EntityType.ORG;
            d.typedByContext = true;
        }
        for (Draft d : here) {
            // «جزيرة هونشو»: a place the recogniser found after a place head is one by its context too,
            // which outweighs its other mentions' votes («من هونشو», taken for a person)
            if (d.type == EntityType.LOC && d.first > 0 && d.last - d.first <= 2 && PLACE_HEADS.contains(headBefore(tokens, d.first))
                    && !Amounts.isCurrencyWord(tokens.get(d.first))) {
                d.typedAs(EntityType.LOC); // «في إقليم الجزيرة الشمالي» is a region, not the channel of that name
            }
            if (d.type != EntityType.PER || d.first == 0 || d.last - d.first > 2) continue;
            if (d.entries.stream().anyMatch(e -> e.ref().type() == EntityType.PER)) continue;
            // «محافظ مدينة الطائف خالد العمر»: a known place, then a name of two words, is the place and a
            // person (PlaceEdges.placeBeforePerson splits them)
            if (d.last - d.first == 2 && kb.namesPlace(WordForms.folded(tokens.get(d.first)))) continue;
            // «تامر أبو جبل ومحمود محمود»: a name after a head word that ends another name is no head's complement
            // (a name written with «و» is no sign: the segmenter reads «شركة وود ماكينزي» as و + «ود»)
            if (endsAnother(here, d)) continue;
            String head = headBefore(tokens, d.first);
            if (!PLACE_HEADS.contains(head) && !ORG_HEADS.contains(head) && d.first > 1 && QuoteMarks.isQuoteMark(tokens.get(d.first - 1))) {
                head = headBefore(tokens, d.first - 1); // «مجلة "تين إيتي"»: quote marks between
            }
            if (PLACE_HEADS.contains(head)) d.type = EntityType.LOC;
            else if (ORG_HEADS.contains(head)) d.type = EntityType.ORG;
            else continue;
            d.typedByContext = true;
        }
        for (Draft d : here) {
            // «في منطقة الفاو»: a place named like an organisation of the knowledge base (FAO) is the place;
            // «قرى “المرابي” و”الصوارمة”»: so is a quoted one-word name the recogniser took for a body or a thing
            if (d.type != EntityType.ORG && d.type != EntityType.MISC || d.first == 0 || d.first != d.last) continue;
            // not a currency: «منطقة اليورو» is the eurozone, the euro stays money; nor God («بقضاء الله»)
            if (Amounts.isCurrencyWord(tokens.get(d.first)) || SpanTrims.isAllah(tokens.get(d.first))) continue;
            if (!PLACE_HEADS.contains(headBefore(tokens, d.first)) && !(d.first > 1 && QuoteMarks.isQuoteMark(tokens.get(d.first - 1))
                    && PLACE_HEADS.contains(headBefore(tokens, d.first - 1)))) continue;
            d.typedAs(EntityType.LOC);
        }
    }

    /**
     * Head nouns that open an organisation's name and never a place's: «الجمعية العربية السعودية
     * للثقافة والفنون», «شركة أرامكو». Not «قناة» (the Suez Canal), «مركز» (a district's seat),
     * «الاتحاد» (the Soviet Union), nor «جامعة» and «معهد»: AQMAR marks universities and institutes
     * as places (13 times in 15 in its training file), where ANERcorp marks them as organisations.
     */
    private static final java.util.Set<String> ORG_OPENERS = ArabicNormalizer.foldedSet("الجمعية", "جمعية", "الشركة", "شركة",
            "المنظمة", "منظمة", "الهيئة", "هيئة", "المؤسسة", "مؤسسة", "الحزب", "حزب", "النادي", "نادي",
            "البنك", "بنك", "المصرف", "مصرف", "الوكالة", "وكالة", "الصحيفة", "صحيفة");

    private static final String FOR_NEWS = ArabicNormalizer.normalize("للأنباء");

    /**
     * A place of two words or more that opens with an organisation's head noun ({@link #ORG_OPENERS}) is the
     * organisation, and so is a place or person that opens with an armed wing's ({@link #ARMED_WINGS}: «قائد كتائب بدر»).
     * Any name right before «للأنباء» ("for news") is an agency's («وكالتا الأناضول ودوغان للأنباء»).
     */
    void retypeOrganisationNames(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            if (d.type != EntityType.ORG && d.last + 1 < tokens.size() && tokens.get(d.last + 1).norm().equals(FOR_NEWS)) {
                d.typedAs(EntityType.ORG);
                continue;
            }
            if (d.last == d.first || d.type != EntityType.LOC && d.type != EntityType.PER) continue;
            String head = WordForms.folded(tokens.get(d.first));
            if (d.type == EntityType.LOC && ORG_OPENERS.contains(head) || ARMED_WINGS.contains(head)) d.typedAs(EntityType.ORG);
        }
    }

    /**
     * A person whose name holds a model's word ({@link #modelWord}) is a product's model or a gene
     * (MISC: «ساعة Meta M1», «هاتف Xperia Z1S», «جين BRCA1», «جهاز آيفون6»), no one's name. A person
     * that is one word of Latin capitals is an acronym: an organisation («في حديثها مع DW»).
     */
    void retypeModels(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            if (d.type != EntityType.PER) continue;
            if (d.first == d.last && latinCapitals(tokens.get(d.first).text())) {
                d.typedAs(EntityType.ORG);
                continue;
            }
            for (int k = d.first; k <= d.last; k++) {
                if (modelWord(tokens, k)) {
                    d.typedAs(EntityType.MISC);
                    break;
                }
            }
        }
    }

    /**
     * Whether token {@code k} is a model's word: Latin letters and digits mixed («X2», «BRCA1»), or
     * two Arabic letters or more with one or two digits after them («آيفون6», «نوت9»), but not before
     * a dash or a slash (a player's name glued to a score, «تيم6-0», or to his age, «مارادونا54/
     * عاما/») nor a name the knowledge base knows with a space before the digits («لفرانس24»: «فرانس 24»).
     */
    private boolean modelWord(List<Token> tokens, int k) {
        String word = tokens.get(k).text();
        if (latinWithDigits(word)) return true;
        int letters = 0;
        while (letters < word.length() && Character.isLetter(word.charAt(letters)) && word.charAt(letters) >= 0x600) letters++;
        int digits = word.length() - letters;
        if (letters < 2 || digits < 1 || digits > 2) return false;
        for (int i = letters; i < word.length(); i++) if (!Character.isDigit(word.charAt(i))) return false;
        if (k + 1 < tokens.size() && "-–—/".indexOf(tokens.get(k + 1).text().charAt(0)) >= 0) return false;
        String folded = WordForms.folded(tokens.get(k));
        String unsplit = KbMatcher.withoutUnsplitConjunction(tokens.get(k)); // «لفرانس24» that the segmenter left whole
        String digitsAfter = " " + word.substring(letters);
        return kb.byName(folded.substring(0, folded.length() - digits) + digitsAfter).isEmpty()
                && (unsplit == null || kb.byName(unsplit.substring(0, unsplit.length() - digits) + digitsAfter).isEmpty());
    }

    private static boolean latinWithDigits(String word) {
        boolean latin = false;
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            latin |= c < 128 && Character.isLetter(c);
            digit |= c < 128 && Character.isDigit(c);
        }
        return latin && digit;
    }

    /** Whether a word is two to five Latin capitals («DW», «BBC»). */
    private static boolean latinCapitals(String word) {
        if (word.length() < 2 || word.length() > 5) return false;
        for (int i = 0; i < word.length(); i++) if (word.charAt(i) < 'A' || word.charAt(i) > 'Z') return false;
        return true;
    }

    /** Whether another draft of the sentence ends right before {@code d}. */
    private static boolean endsAnother(List<Draft> here, Draft d) {
        for (Draft o : here) if (o != d && o.last == d.first - 1) return true;
        return false;
    }

    /**
     * The last word of a company's name in English, written in Arabic letters («ذي جريت أوتدور جيم
     * كومباني»): a person of three words or more the recogniser found ending so is the company.
     */
    private static final java.util.Set<String> COMPANY_WORDS = ArabicNormalizer.foldedSet("كومباني", "كوربوريشن", "كوربوريشين",
            "إنكوربوريتد", "ليمتد", "ليميتد", "هولدينغ", "هولدينغز", "هولدنغ");

    /**
     * The folded word before token {@code first} (which is not the first) as a head noun, or "" when
     * it ends in «ى»: «وأدى فيكتور ...» ("and Viktor took") folds to «وادي» (valley), «نادى» (called)
     * to «نادي» (club). «قرى» (villages) is written so.
     */
    private static String headBefore(List<Token> tokens, int first) {
        Token before = tokens.get(first - 1);
        return before.text().endsWith("\u0649") && !before.text().endsWith("قرى") ? "" : WordForms.folded(before);
    }

    /** Masculine nouns that head a place and so take a masculine adjective: «منتجع سوتشي الروسي», «إقليم كتالونيا الإسباني». */
    private static final java.util.Set<String> MASCULINE_PLACE_HEADS = ArabicNormalizer.foldedSet("منتجع", "إقليم", "اقليم", "جيب",
            "مرفأ", "ميناء", "مطار", "جنوب", "شمال", "غرب", "شرق", "وسط", "منطقة", "مدينة", "جزيرة", "ولاية", "مقاطعة");

    /**
     * A town followed by a masculine nationality adjective is its football club: a town is
     * feminine in Arabic («روما الإيطالية»), the club, «النادي» or «الفريق», is not («روما الإيطالي»,
     * «بوردو الفرنسي», «وفاق سطيف الجزائري»). Not a country, a name with the article («الشرق الأقصى
     * الروسي»), a place after a masculine head («منتجع سوتشي الروسي»), one whose adjective belongs
     * to the person named after it («في كابول الأمريكي كيفن كينغ»), or a name the knowledge base
     * knows as no place («خام غرب تكساس الوسيط الأميركي», the crude oil). And a name that ends with
     * «سبور» (Turkish «spor») is a club, one that ends with «مول» a shopping mall, a place, whatever
     * the recogniser took it for.
     */
    void retypeClubs(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            // «كونيا سبور»: the Turkish clubs' «spor» makes any name a club; «دارين مول»: a mall is a place
            EntityType byLastWord = d.last > d.first ? TYPING_LAST_WORDS.get(WordForms.folded(tokens.get(d.last))) : null;
            if (byLastWord != null && !(d.type == EntityType.PER && d.first > 0 && introducesPerson(tokens.get(d.first - 1)))) {
                if (d.type != byLastWord) d.typedAs(byLastWord);
                continue;
            }
            if (d.type != EntityType.LOC || d.last + 1 >= tokens.size()) continue;
            if (anyCountry(d.entries)) continue;
            // a name the knowledge base knows, but not as a place, is no town («خام غرب تكساس الوسيط الأميركي»)
            if (d.knownOnlyAsOther(EntityType.LOC)) continue;
            if (WordForms.folded(tokens.get(d.first)).startsWith("ال")) continue;
            if (d.first > 0 && MASCULINE_PLACE_HEADS.contains(WordForms.folded(tokens.get(d.first - 1)))) continue;
            String adjective = WordForms.folded(tokens.get(d.last + 1));
            if (!adjective.startsWith("ال") || kb.byAdjective(adjective).isEmpty() || !adjective.endsWith("ي")) continue;
            int after = d.last + 2;
            if (here.stream().anyMatch(o -> o.first == after && o.type == EntityType.PER)) continue;
            d.typedAs(EntityType.ORG); // the club, if known
        }
    }

    /** A title or a nationality with the article, which stand before a person's name («للمخرج الفرنسي دومينيك مول»: Moll, a man). */
    private boolean introducesPerson(Token t) {
        return Roles.introducesName(t, kb) || Roles.opensPersonMention(WordForms.foldedWithoutConjunction(t));
    }

    /** Last words that say what a name of two words or more is, whatever the recogniser took it for. Folded. */
    private static final java.util.Map<String, EntityType> TYPING_LAST_WORDS = java.util.Map.of(
            ArabicNormalizer.normalize("سبور"), EntityType.ORG, ArabicNormalizer.normalize("مول"), EntityType.LOC);

    /**
     * Nouns of a match followed by the other side: «ضيفه ليون», «منافسه الشمال». Not verbs such as
     * «تواجه», «يلاقي»: the noun after a verb is as often its subject («وتواجه طهران مشاكل اقتصادية»).
     */
    private static final java.util.Set<String> MATCH_OBJECT = ArabicNormalizer.foldedSet("ضيفه", "مضيفه", "منافسه", "غريمه", "ضيفها",
            "مضيفها", "منافسها");

    /** Words of a match after which «على», «أمام» or «مع» introduce the other side: «بفوزه على كوبنهاغن». */
    private static final java.util.Set<String> MATCH_RESULT = ArabicNormalizer.foldedSet("فوز", "فاز", "فوزه", "الفوز", "بفوزه",
            "تغلب", "يتغلب", "خسر", "خسارة", "خسارته", "الخسارة", "تعادل", "التعادل", "تعادله", "يجمع", "تجمع", "جمع");

    /** «على», «أمام», «مع» (folded): what follows a result word. */
    private static final java.util.Set<String> MATCH_PREPOSITIONS = ArabicNormalizer.foldedSet("على", "أمام", "مع");

    /**
     * A town or city (not a country) that is the other side of a match is its club: «بفوزه على
     * كوبنهاغن», «بتعادل مع الوكرة», «ضيفه ليون», and one followed by its country in brackets
     * in a list of results («ليون ( فرنسا ) صفر - 3»); so is any place right after «نادي» («نادي
     * قطر») and a town right after «فريق» («فريق الخليج»). A country after the match words or
     * «فريق» is its national team, which is left a place.
     */
    void retypeMatchSides(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            // a club the recogniser found («بفوزه على كوبنهاغن») would otherwise take its city's type from the knowledge base
            boolean clubAsPlace = d.type == EntityType.ORG && d.entries.stream().anyMatch(e -> e.ref().type() == EntityType.LOC);
            if (d.type != EntityType.LOC && !clubAsPlace || d.first == 0) continue;
            String before = WordForms.foldedWithoutConjunction(tokens.get(d.first - 1));
            boolean headless = tokens.get(d.first - 1).article() == null && !WordForms.opensWithPreposition(tokens.get(d.first));
            // «بنادي الاتحاد», «لنادي الرائد»: the head may carry a preposition
            boolean club = CLUB_HEADS.contains(WordForms.folded(tokens.get(d.first - 1))) && headless;
            if (!club && anyCountry(d.entries)) continue;
            club |= TEAM_HEADS.contains(before) && headless || MATCH_OBJECT.contains(before)
                    || d.first >= 2 && MATCH_PREPOSITIONS.contains(before) && matchResult(tokens.get(d.first - 2))
                    || countryInBrackets(tokens, d.last + 1);
            if (!club) continue;
            d.typedAs(EntityType.ORG); // the club, if known
        }
    }

    /**
     * A literary or cultural club is named with its head noun and its adjectives: «نادي جدة الأدبي»,
     * «نادي مكة الثقافي الأدبي», whether the recogniser found «جدة», «نادي جدة» or «الباحة» after «نادي».
     */
    void literaryClubs(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            if (d.type != EntityType.ORG && d.type != EntityType.LOC) continue;
            int first = d.first;
            if (!CLUB_HEADS.contains(WordForms.foldedWithoutConjunction(tokens.get(first)))) {
                if (first == 0 || tokens.get(first - 1).article() != null
                        || !CLUB_HEADS.contains(WordForms.foldedWithoutConjunction(tokens.get(first - 1)))) continue;
                first--;
            }
            int last = d.last;
            while (last + 1 < tokens.size() && CLUB_KINDS.contains(WordForms.folded(tokens.get(last + 1)))) last++;
            if (last == d.last) continue;
            d.first = first;
            d.last = last;
            d.type = EntityType.ORG;
            d.entries = List.of();
            d.typedByContext = true;
        }
    }

    /** Adjectives of a club that is no sports club: «الأدبي», «الثقافي». */
    private static final java.util.Set<String> CLUB_KINDS = ArabicNormalizer.foldedSet("الأدبي", "الثقافي");

    /** «بفوزه», «وتعادل», «بتعادل»: a result word, with or without its clitics. */
    private static boolean matchResult(Token t) {
        return MATCH_RESULT.contains(WordForms.foldedWithoutConjunction(t)) || MATCH_RESULT.contains(WordForms.folded(t));
    }

    private static boolean anyCountry(List<KbEntry> entries) {
        return entries.stream().anyMatch(e -> e.ref().id().startsWith("kb:country/"));
    }

    private static final java.util.Set<String> CLUB_HEADS = ArabicNormalizer.foldedSet("نادي", "ناديي", "ناديا");

    /**
     * «فريق» (team) before a town: its club («بصفوف فريق الخليج», «لفريق موناكو»). Before a country it
     * is the national side, which stays a place; before a person, the person's team («فريق ترامب»).
     */
    private static final java.util.Set<String> TEAM_HEADS = ArabicNormalizer.foldedSet("فريق", "لفريق", "بفريق");

    /**
     * «ليون ( فرنسا ) صفر - 3», «سلتيك ( اسكتلندا ) - كوبنهاغن» in a list of results: a country
     * between brackets at {@code k}, then a score or a dash (not «سان خوان (بورتوريكو) التي ...»).
     */
    private boolean countryInBrackets(List<Token> tokens, int k) {
        if (k + 3 >= tokens.size() || !tokens.get(k).text().equals("(") || !tokens.get(k + 2).text().equals(")")) return false;
        String after = tokens.get(k + 3).text();
        if (!after.equals("-") && !after.equals("صفر") && !Character.isDigit(after.charAt(0))) return false;
        return anyCountry(kb.byName(WordForms.folded(tokens.get(k + 1))));
    }

    private static final String CHAMPIONSHIP = ArabicNormalizer.normalize("بطولة");

    /**
     * «بطولة» ("championship") before a competition's name is part of it: «بطولة كأس العالم»,
     * «بطولة السوبر الإسباني». ANERcorp train marks it so every time a named competition follows
     * (5 of 5), and AQMAR dev too; the recogniser often starts at the name after it. A word the
     * draft before already covers stays outside, and so does «بطولة» before a preposition («بطولة
     * لكرة القدم»: a football tournament).
     */
    void widenToChampionship(List<Token> tokens, List<Draft> here) {
        for (Draft d : here) {
            if (d.type != EntityType.MISC || d.first == 0) continue;
            int before = d.first - 1;
            if (!WordForms.folded(tokens.get(before)).equals(CHAMPIONSHIP)) continue;
            // «بطولة لكرة القدم» is a football tournament, not a name: a name follows the noun directly
            if (WordForms.opensWithPreposition(tokens.get(d.first))) continue;
            if (here.stream().anyMatch(o -> o != d && o.first <= before && before <= o.last)) continue;
            d.first = before;
        }
    }
}
