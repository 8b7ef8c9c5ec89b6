package org.marsad.clean;

import java.util.regex.Pattern;

/**
 * Decides whether a line is page furniture rather than news: agency promotion (follow us on
 * Telegram/WhatsApp/VK/Facebook/Twitter/YouTube/Instagram), subscription and app-download instructions, a bare
 * URL or phone number, a separator rule (-----), «اقرأ أيضا»-style related links, share prompts. Only short lines qualify,
 * so a news sentence that mentions Twitter is never removed. Thread-safe.
 */
public final class Boilerplate {
    /** Lines longer than this are news, whatever they mention. */
    static final int MAX_LINE = 220;

    private static final String NETWORK = "(?:تيلي?غرام|تلي?غرام|تليجرام|تلجرام|telegram|واتس\\s*آ?أ?ا?ب|واتساب|whatsapp|فيسبوك|فيس\\s*بوك|"
            + "facebook|تويتر|twitter|يوتيوب|youtube|[اإأ]نستغرام|[اإأ]نستجرام|instagram|vk|في\\s*كي|سناب\\s*شات|snapchat|"
            + "لينكد\\s*[اإ]ن|تيك\\s*توك|tiktok|x\\.com|قناتنا|صفحتنا|حسابنا|حساباتنا|الهواتف\\s+الذكية|مواقع\\s+التواصل|للتواصل\\s+الاجتماعي)";
    private static final Pattern FOLLOW = Pattern.compile(
            "(?iU)^\\W*(?:تابعوا|تابعونا|تابعنا|تابع|ت[اإ]بعوا|للمتابعة|لمتابعة|اشترك|اشتركوا|للاشتراك|حمل|حمّل|نزل|انضم|انضموا|للانضمام|follow|join|subscribe)"
            + ".{0,160}" + NETWORK);
    private static final Pattern NETWORK_ONLY = Pattern.compile("(?iU)^\\W*(?:عبر|على|في)?\\s*" + NETWORK + "\\s*[:：]?\\W*$");
    private static final Pattern SUBSCRIBE = Pattern.compile(
            "(?:[اإ]رسال|[اأ]رسل|ارسلوا)\\s+كلمة|على\\s+الرقم\\s*/?\\s*[0-9٠-٩]{5,}|كلمة\\s+اشتراك|للاشتراك\\s+في\\s+خدمة");
    /**
     * A columnist's contact footer: Al-Madina's SMS lines («للتواصل مع الكاتب ارسل رسالة SMS», «تبدأ
     * بالرمز (41) ثم مسافة ثم نص الرسالة إلى», the operators' short numbers, one a line: «88591 - Stc»),
     * and an e-mail address alone on its line or after «لمراسلة الكاتب:» (Al Riyadh, Asharq Al-Awsat).
     */
    private static final Pattern CONTACT = Pattern.compile(
            "(?iU)للتواصل\\s+مع\\s+الكاتب|تبدأ\\s+بالرمز\\s*\\(?[0-9٠-٩]+|^[0-9٠-٩]{4,6}\\s*-\\s*(?:stc|mobily|zain|موبايلي|زين)$"
            + "|^(?:لمراسلة\\s+الكاتب\\s*:?\\s*)?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\W*$");

    /**
     * A syndication credit on a line of its own (Asharq Al-Awsat): «* خدمة «نيويورك تايمز»», «* بالاتفاق
     * مع «بلومبيرغ»», «خاص بـ«الشرق الأوسط»», or these together.
     */
    private static final String SYNDICATION = "(?:خدمة|بالاتفاق\\s+مع|خاص\\s+بـ?)\\s*«[^»]{1,40}»";
    private static final Pattern SYNDICATED = Pattern.compile("(?U)^\\W*" + SYNDICATION + "(?:\\W*" + SYNDICATION + ")*\\W*$");

    /** A teaser's cut-off mark on a line of its own: «...المزيد» (read more). */
    private static final Pattern MORE = Pattern.compile("(?U)^\\W*المزيد\\W*$");
    /**
     * An app prompt: notifications or a download offered to the reader («يمكنكم تسلم إشعارات ... بعد
     * تحميل أحدث نسخة من تطبيق ... على هاتفكم المحمول», «حمّل تطبيقنا»); not a how-to sentence that
     * names downloading («أما لتحميل الفيديوهات من تطبيق فيسبوك على الهواتف ...»).
     */
    private static final Pattern APP = Pattern.compile(
            "(?:[اإ]شعارات|تنبيهات|(?:بعد|يمكنكم|يمكنك)\\s*تحميل|(?<!\\p{L})حمّ?ل|(?<!\\p{L})نزّ?ل).{0,80}تطبيق.{0,60}(?:هاتف|الهواتف|الجوال|المحمول|الذكي)");
    private static final Pattern URL_ONLY = Pattern.compile("(?iU)^\\W{0,3}(?:https?://|www\\.)\\S+\\W{0,3}$");
    private static final Pattern PHONE_ONLY = Pattern.compile("^[\\s+()\\-/:.]*(?:[0-9٠-٩][\\s\\-/.]*){7,}[\\s)]*$");
    private static final Pattern DATE_ONLY = Pattern.compile("^[0-9٠-٩]{1,4}[/.\\-][0-9٠-٩]{1,2}[/.\\-][0-9٠-٩]{1,4}$");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s\\-_=*~•.·#+|/\\\\]{3,}$");
    private static final Pattern READ_ALSO = Pattern.compile(
            "(?U)^\\W{0,3}(?:[اإ]قر[اأ]\\s+[اأ]يض(?:ا|ًا|اً)|[اإ]قر[اأ]\\s+المزيد|شاهد\\s+[اأ]يض(?:ا|ًا|اً)|للمزيد\\s*[:\\-–]|"
            + "مواضيع\\s+ذات\\s+صلة|[اأ]خبار\\s+ذات\\s+صلة|ذات\\s+صلة\\s*:|روابط\\s+ذات\\s+صلة|Read\\s+more|Related\\s*:)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A columnist's other articles, their titles run together on one line right after the heading,
     * which may make it longer than {@link #MAX_LINE}: «مقالات أخرى للكاتبدروس من موسم الحجقراءة في
     * الميزانية..!...» at the end of Al-Jazirah's columns. With a space after the heading it is a
     * sentence («مقالات أخرى للكاتب نفسه ستنشر»).
     */
    private static final Pattern OTHER_ARTICLES;

    /** The same list after the last sentence of a column printed as one paragraph. */
    private static final Pattern TRAILING_OTHER_ARTICLES;

    /** The longest line of a columnist's other articles: a heading and some ten titles. */
    static final int MAX_AUTHOR_LIST = 600;

    static {
        String heading = "مقالات\\s+[اأ]خرى\\s+لل?كاتبة?";
        OTHER_ARTICLES = Pattern.compile("(?U)\\W{0,3}" + heading + "(?:\\S|$)");
        TRAILING_OTHER_ARTICLES = Pattern.compile("(?U)[.!؟?\\p{L}\\p{M}]\\s+(" + heading + "\\S.{0," + MAX_AUTHOR_LIST + "})$");
    }

    private static final Pattern SHARE = Pattern.compile(
            "(?iU)^\\W{0,3}(?:شارك|شاركوا|انشر|[اأ]رسل\\s+لصديق|share)(?:\\s+\\S+){0,6}\\s*(?:المقال|الخبر|الموضوع|الصفحة|على|عبر|this|article)"
            + "|^\\W{0,3}(?:طباعة|print)\\s*$|^\\W{0,3}(?:[اإ]علان|advertisement)\\W*$");

    /** A tag list: «سمات الاسعار الذهب اوقية», «الوسوم: …», «كلمات دلالية: …», «Tags: …» (no sentence punctuation). */
    private static final Pattern TAGS = Pattern.compile("(?iU)^(?:سمات|الوسوم|وسوم|كلمات\\s+دلالية|كلمات\\s+مفتاحية|tags)\\s*:?\\s+[^.،,؛!؟?]{0,120}$");

    /** The same list glued after a sentence's end on its line: «... تنفيذه وتشغيله. سمات الالات السعادة الطاقة». */
    private static final Pattern TRAILING_TAGS = Pattern.compile("(?U)[.!؟?]\\s+((?:سمات|الوسوم|وسوم)\\s*:?\\s+[^.،,؛!؟?:]{0,120})$");

    /** Al-Weeam's link back to the story, «رابط الخبر بصحيفة الوئام: <title>», alone or after the last sentence. */
    private static final Pattern STORY_LINK = Pattern.compile("(?U)(رابط\\s+الخبر\\s+(?:ب|في\\s+)صحيفة\\s+\\S+\\s*:.{0,200})$");

    /**
     * Where furniture glued to the end of {@code line} starts (after the sentence before it), or -1:
     * SaudiNewsNet's tag list «سمات ...», Al-Jazirah's «مقالات أخرى للكاتب...» and Al-Weeam's «رابط
     * الخبر بصحيفة الوئام: ...» often follow the last sentence on the same line.
     */
    public int trailingFurniture(String line) {
        java.util.regex.Matcher m = TRAILING_TAGS.matcher(line);
        if (m.find()) return m.start(1);
        m = TRAILING_OTHER_ARTICLES.matcher(line);
        if (m.find()) return m.start(1);
        m = STORY_LINK.matcher(line);
        return m.find() ? m.start(1) : -1;
    }

    /** A style rule: a selector, then «{ property: value; ... }» («#vote_area2 ul { padding: 0; }»). */
    private static final Pattern STYLE_RULE = Pattern.compile(
            "(?:[#.]?[A-Za-z_][\\w-]*(?:\\[[^\\]]*\\])?(?:[\\s>+~,]+[#.]?[A-Za-z_][\\w-]*(?:\\[[^\\]]*\\])?)*\\s*)\\{\\s*[A-Za-z-]+\\s*:[^{}]*;[^{}]*\\}");
    /** Script: a function, a jQuery call, a variable declared, a document call. */
    private static final Pattern SCRIPT = Pattern.compile(
            "(?:\\bfunction\\s*\\w*\\s*\\([^)]*\\)\\s*\\{|\\bjQuery\\s*\\(|\\bvar\\s+\\w+\\s*=|\\bdocument\\.\\w+\\s*\\()");

    /**
     * Style sheet or script text left in a line by the page it was scraped from («... تنتمي؟
     * #vote_area2 ul { padding: 0; } ... jQuery(...); ...»): {start, end} of the stretch, from
     * the first rule or statement to the last «}» or «;» after it, or null. A line without a style
     * rule needs a script statement and braces, so prose that mentions «function» stays.
     */
    public int[] codeStretch(String line) {
        if (line.indexOf('{') < 0) return null;
        java.util.regex.Matcher style = STYLE_RULE.matcher(line);
        java.util.regex.Matcher script = SCRIPT.matcher(line);
        int start = Integer.MAX_VALUE;
        if (style.find()) start = style.start();
        if (script.find() && line.indexOf('}', script.start()) > 0) start = Math.min(start, script.start());
        if (start == Integer.MAX_VALUE) return null;
        int end = Math.max(line.lastIndexOf('}'), line.lastIndexOf(';')) + 1;
        while (end < line.length() && ");} ".indexOf(line.charAt(end)) >= 0) end++;
        return end > start ? new int[] {start, end} : null;
    }

    /**
     * An agency credit on a line of its own: two agencies or more («فرانس 24/ أ ف ب», «فرانس24/ رويترز»)
     * or «المصدر: وكالات». The agencies' names are {@link Agencies}'.
     */
    private static final Pattern CREDIT = Pattern.compile("(?iU)^\\W*(?:المصدر\\s*:\\s*(?:" + Agencies.alternation() + ")|(?:"
            + Agencies.alternation() + ")(?:\\s*[/،,\\-–]\\s*(?:" + Agencies.alternation() + "))+)\\W*$");

    /**
     * A copyright notice on a line of its own: «حقوق النشر محفوظة لمجلة القافلة», «جميع الحقوق محفوظة»,
     * a photo gallery's «حقوق الطبع والنشر محفوظة لأصحابها», «جميع الصور تنتمي إلى أصحاب حقوق الطبع
     * والنشر», «© 2018», «Photos are copyright». The line must open with the notice, so a sentence
     * about copyright («ينتهك حقوق النشر») stays news.
     */
    private static final String RIGHTS = "حقوق(?:\\s+(?:الطبع|النشر|التأليف)(?:\\s+و\\s*(?:الطبع|النشر|التأليف))?)?";
    private static final Pattern COPYRIGHT = Pattern.compile("(?iU)^\\W*(?:(?:(?:جميع|كل)\\s+)?(?:ال)?" + RIGHTS
            + "\\s+محفوظة|(?:جميع\\s+)?الصور\\s+\\S+\\s+(?:إلى|ل)\\s*أصحاب\\s+" + RIGHTS
            + "|©|copyright\\b|(?:all\\s+)?rights\\s+reserved|photos\\s+are\\s+copyright).{0,100}$");

    /**
     * Cloudflare's stand-in for an e-mail address a page hid from scrapers: «[email protected]» and
     * the empty script comment after it.
     */
    private static final Pattern HIDDEN_EMAIL = Pattern.compile("\\[email\\s*protected\\](?:\\s*/\\*\\s*\\*/)?");

    /** {@code line} without Cloudflare's hidden e-mail stand-ins, or {@code line} itself when it has none. */
    public String withoutHiddenEmails(String line) {
        return line.indexOf("[email") < 0 ? line : HIDDEN_EMAIL.matcher(line).replaceAll("").replaceAll("  +", " ").strip();
    }

    /** The Saudi Press Agency's end-of-dispatch mark on a line of its own: «// انتهى //». */
    private static final Pattern END_MARK = Pattern.compile("(?U)^\\W*انتهى\\W*$");

    /** Slide-show navigation, two words at least: «Next Previous», «السابق التالي». */
    private static final String NAV_WORD = "(?:next|previous|prev|التالي|السابق)";
    private static final Pattern NAVIGATION = Pattern.compile("(?iU)^\\W*" + NAV_WORD + "(?:\\W+" + NAV_WORD + ")+\\b\\W*");

    /** Okaz's share bar before the first sentence, two networks or more: «شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك». */
    private static final Pattern SHARE_BAR = Pattern.compile(
            "(?iU)^\\W*شارك\\s+من\\s+خلال(?:\\s+(?:تويتر|فيسبوك|فيس\\s+بوك|جوجل\\s+بلس|واتساب|واتس\\s+اب)){2,}(?:\\s+اكتب\\s+رأيك)?\\s*");

    /**
     * The navigation words («Next Previous» before a dateline) or share bar («شارك من خلال تويتر فيسبوك
     * ...») that open {@code line}, or null.
     */
    public String navigationPrefix(String line) {
        java.util.regex.Matcher m = NAVIGATION.matcher(line);
        if (m.lookingAt()) return m.group();
        m = SHARE_BAR.matcher(line);
        return m.lookingAt() ? m.group() : null;
    }

    /** True for a related-links prompt standing alone («اقرأ أيضا:»), after which link titles follow. */
    public boolean opensLinkList(String line) {
        String s = line.strip();
        return s.length() <= 30 && READ_ALSO.matcher(s).find();
    }

    /** A line that reads like a linked headline: short and not ended as a sentence is. */
    public boolean looksLikeLinkTitle(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 120 && ".:،,؛".indexOf(s.charAt(s.length() - 1)) < 0;
    }

    /**
     * Why a line is boilerplate ("follow", "subscribe", "url", "phone", "separator", "related", "share",
     * "tags", "credit", "contact", "copyright", "end"), or null for news.
     */
    public String classify(String line) {
        String s = line.strip();
        if (s.length() <= MAX_AUTHOR_LIST && OTHER_ARTICLES.matcher(s).lookingAt()) return "related";
        if (s.isEmpty() || s.length() > MAX_LINE) return null;
        if (URL_ONLY.matcher(s).matches()) return "url";
        if (PHONE_ONLY.matcher(s).matches() && !DATE_ONLY.matcher(s).matches()) return "phone";
        if (SEPARATOR.matcher(s).matches()) return "separator";
        if (FOLLOW.matcher(s).find() || NETWORK_ONLY.matcher(s).matches()) return "follow";
        if (SUBSCRIBE.matcher(s).find() || APP.matcher(s).find()) return "subscribe";
        if (READ_ALSO.matcher(s).find() || STORY_LINK.matcher(s).lookingAt() || MORE.matcher(s).matches()) return "related";
        if (SHARE.matcher(s).find()) return "share";
        if (TAGS.matcher(s).matches()) return "tags";
        if (CREDIT.matcher(s).matches() || SYNDICATED.matcher(s).matches()) return "credit";
        if (CONTACT.matcher(s).find()) return "contact";
        if (COPYRIGHT.matcher(s).matches()) return "copyright";
        if (END_MARK.matcher(s).matches()) return "end";
        return null;
    }
}
