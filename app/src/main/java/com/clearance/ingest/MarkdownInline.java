package com.clearance.ingest;

import org.jsoup.parser.Parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes Markdown inline syntax (emphasis, links, images, code, escapes, inline HTML) and leaves the words. */
final class MarkdownInline {

    private static final char ESCAPE_BASE = '\uE000'; // private-use area: escaped characters wait here
    private static final Pattern ESCAPED = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,500}\\]\\((?:[^()\\n]|\\([^()\\n]*\\)){0,2000}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,1000})\\]\\((?:[^()\\n]|\\([^()\\n]*\\)){0,2000}\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]\\n]{1,1000})\\]\\[[^\\]\\n]{0,200}\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]{1,2000})>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]{0,500})?/?>");
    private static final Pattern CODE = Pattern.compile("`+([^`]{0,2000}?)`+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EM_STAR = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![\\w*])");
    private static final Pattern EM_UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\w_])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private MarkdownInline() {
    }

    static String clean(String markdown) {
        String s = hideEscapes(markdown);
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = REF_LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll(" ");
        s = CODE.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$2");
        s = STRONG.matcher(s).replaceAll("$2"); // nested ***x*** and **__x__**
        s = EM_STAR.matcher(s).replaceAll("$1");
        s = EM_UNDERSCORE.matcher(s).replaceAll("$1");
        s = STRIKE.matcher(s).replaceAll("$1");
        s = s.replace("**", "");
        if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        s = INVISIBLE.matcher(s).replaceAll("");
        return SPACES.matcher(restoreEscapes(s)).replaceAll(" ").strip();
    }

    private static String hideEscapes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        Matcher m = ESCAPED.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) (ESCAPE_BASE + m.group(1).charAt(0)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String restoreEscapes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= ESCAPE_BASE && c < ESCAPE_BASE + 128 ? (char) (c - ESCAPE_BASE) : c);
        }
        return out.toString();
    }
}
