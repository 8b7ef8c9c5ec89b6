package org.marsad.read;

import java.util.Optional;

/** Element lookup and text extraction for the light SGML of TREC/Gigaword records. */
final class Markup {
    private Markup() {}

    /** The raw content of the first {@code <name ...>...</name>} element, if present and closed. */
    static Optional<String> element(String record, String name) {
        int open = record.indexOf("<" + name);
        while (open >= 0) {
            int after = open + name.length() + 1;
            if (after < record.length() && (record.charAt(after) == '>' || record.charAt(after) == ' ')) break;
            open = record.indexOf("<" + name, after);
        }
        if (open < 0) return Optional.empty();
        int gt = record.indexOf('>', open);
        if (gt < 0) return Optional.empty();
        if (record.charAt(gt - 1) == '/') return Optional.of("");
        int close = record.indexOf("</" + name + ">", gt);
        if (close < 0) return Optional.empty();
        return Optional.of(record.substring(gt + 1, close));
    }

    /** Text of an element's content: paragraphs (P elements or lines) joined by newlines, tags dropped. */
    static String paragraphs(String content) {
        String s = content.replace("\r\n", "\n");
        if (s.contains("<P>") || s.contains("<p>")) {
            s = s.replaceAll("(?i)</?P\\s*>", "\n");
        }
        StringBuilder out = new StringBuilder(s.length());
        for (String line : text(s).split("\n")) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(t);
        }
        return out.toString();
    }

    /** Content with tags removed and XML entities decoded; inner line breaks kept. */
    static String text(String content) {
        StringBuilder out = new StringBuilder(content.length());
        int n = content.length();
        for (int i = 0; i < n; i++) {
            char c = content.charAt(i);
            if (c == '<') {
                int gt = content.indexOf('>', i);
                if (gt > 0 && gt - i < 200 && isTagStart(content, i + 1)) {
                    i = gt;
                    continue;
                }
            } else if (c == '&') {
                int semi = content.indexOf(';', i);
                if (semi > i && semi - i <= 10) {
                    String decoded = entity(content.substring(i + 1, semi));
                    if (decoded != null) {
                        out.append(decoded);
                        i = semi;
                        continue;
                    }
                }
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    private static boolean isTagStart(String s, int i) {
        if (i >= s.length()) return false;
        char c = s.charAt(i);
        return c == '/' || c == '!' || c == '?' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default:
                try {
                    if (name.startsWith("#x") || name.startsWith("#X")) {
                        return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
                    }
                    if (name.startsWith("#")) return new String(Character.toChars(Integer.parseInt(name.substring(1))));
                } catch (IllegalArgumentException e) {
                    return null;  // not a valid character reference: keep the text as written
                }
                return null;
        }
    }
}
