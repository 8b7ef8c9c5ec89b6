package org.marsad.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.marsad.article.Article;
import org.marsad.article.Dateline;
import org.marsad.article.RawArticle;
import org.marsad.text.ArabicNormalizer;

/**
 * Turns a {@link RawArticle} into an {@link Article}: normalises line breaks and blank lines,
 * writes Arabic presentation forms as the letters they show, takes a wire file's headline,
 * recognises the dateline, and moves boilerplate lines aside.
 * Nothing is silently lost: the dateline and every removed line are kept in the Article.
 * Thread-safe.
 */
public final class Cleaner {
    private static final int MAX_TITLE_WORDS = 20;
    /** Headlines listed after a «اقرأ أيضا:» prompt are removed with it, up to this many. */
    private static final int MAX_LINK_TITLES = 6;

    private final DatelineParser datelines = new DatelineParser();
    private final Boilerplate boilerplate = new Boilerplate();

    public Article clean(RawArticle raw) {
        List<String> lines = new ArrayList<>();
        // presentation forms («ﻭﺃﻛﺪ ﺍﻟﻮﺯﻳﺮ», from legacy encoders) become the letters they show, which the
        // segmenter, the recogniser and search read
        String text = ArabicNormalizer.withoutPresentationForms(raw.text());
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) lines.add(t);
        }
        Optional<String> title = raw.title().map(ArabicNormalizer::withoutPresentationForms).map(String::strip);
        if (title.isEmpty() && "wire".equals(raw.fields().get("format")) && lines.size() > 1
                && looksLikeHeadline(lines.get(0))) {
            title = Optional.of(lines.remove(0));
        }
        // a slide show's «Next Previous» before the dateline («Next Previous عين اليوم – القاهرة»)
        List<String> removed = new ArrayList<>();
        while (!lines.isEmpty()) {
            String nav = boilerplate.navigationPrefix(lines.get(0));
            if (nav == null) break;
            removed.add(nav);
            String rest = lines.get(0).substring(nav.length()).strip();
            if (rest.isEmpty()) lines.remove(0);
            else lines.set(0, rest);
        }
        Optional<Dateline> dateline = Optional.empty();
        if (!lines.isEmpty()) {
            Optional<DatelineParser.Match> m = datelines.parse(lines.get(0));
            if (m.isEmpty() && raw.fields().containsKey("dateline")) {
                String dl = raw.fields().get("dateline");
                dateline = Optional.of(new Dateline(dl, dl.replaceAll("[,،].*", "").strip(), Optional.empty()));
            }
            if (m.isPresent()) {
                dateline = Optional.of(m.get().dateline());
                String rest = lines.get(0).substring(m.get().end()).strip();
                if (rest.isEmpty()) lines.remove(0);
                else lines.set(0, rest);
            }
        }
        StringBuilder body = new StringBuilder(text.length());
        int linkTitles = 0;
        for (String line : lines) {
            if (boilerplate.classify(line) != null) {
                removed.add(line);
                linkTitles = boilerplate.opensLinkList(line) ? MAX_LINK_TITLES : 0;
                continue;
            }
            if (linkTitles > 0 && boilerplate.looksLikeLinkTitle(line)) {
                removed.add(line);
                linkTitles--;
                continue;
            }
            linkTitles = 0;
            int[] code = boilerplate.codeStretch(line);
            if (code != null) {
                // a style sheet or script scraped with the text: removed, the prose around it kept
                removed.add(line.substring(code[0], code[1]).strip());
                line = (line.substring(0, code[0]).strip() + " " + line.substring(code[1]).strip()).strip();
                if (line.isEmpty()) continue;
            }
            String shown = boilerplate.withoutHiddenEmails(line);
            if (!shown.equals(line)) {
                removed.add("[email protected]"); // a page's stand-in for an address it hid
                line = shown;
                if (line.isEmpty()) continue;
            }
            int tags = boilerplate.trailingFurniture(line);
            if (tags > 0) {
                removed.add(line.substring(tags));
                line = line.substring(0, tags).strip();
            }
            if (body.length() > 0) body.append('\n');
            body.append(line);
        }
        String id = raw.source().url() != null
                ? hash("url|" + nullToEmpty(raw.source().name()) + "|" + raw.source().url())
                : hash("text|" + title.orElse("") + "|" + ArabicNormalizer.normalize(body));
        return new Article(id, raw.source(), raw.encoding(), dateline, raw.published(), title, body.toString(),
                removed, raw.fields());
    }

    private boolean looksLikeHeadline(String line) {
        if (datelines.parse(line).isPresent()) return false;
        if (line.split("\\s+").length > MAX_TITLE_WORDS) return false;
        char last = line.charAt(line.length() - 1);
        return ".؟?!:،,؛".indexOf(last) < 0 && boilerplate.classify(line) == null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The first 16 hex digits of SHA-256: stable across runs and machines. */
    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
