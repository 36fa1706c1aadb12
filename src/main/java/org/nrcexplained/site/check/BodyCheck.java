package org.nrcexplained.site.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import org.nrcexplained.site.content.ContentFile;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for a Markdown body, read with the same flexmark settings as JBake's: Markdown only
 * (no raw HTML), links only to the site's items by key, images with alternative text, headings
 * from ## down without skipping a level, and a citation in every paragraph, list item and table of
 * an item or explainer page ({@code [[no-claim]]} marks one that makes no factual claim).
 */
final class BodyCheck {

    /** A citation in a body or header: {@code [[P3]]}, {@code [[P3,nato-founding-act-1997]]}. */
    static final Pattern CITATION = Pattern.compile("\\[\\[([^\\]]*)\\]\\]");
    /** The marker of a paragraph that makes no factual claim. */
    static final String NO_CLAIM = "no-claim";
    private static final Pattern SCHEME_LINK = Pattern.compile("(term|actor|event|page):(.*)");

    /** What BodyCheck needs from the whole site: whether a link target exists. */
    interface Targets {
        /** Null when {@code scheme:key} names a published item in {@code lang}, else what is wrong. */
        String problem(String scheme, String key, String lang);
    }

    private final Parser parser;
    /** The Markdown extensions the parser was built with (part of the parse cache's key). */
    private final String extensions;

    /**
     * Bodies already parsed in this JVM (the live preview checks the whole site on every save;
     * most bodies have not changed): at most 4000, the least recently used dropped first. The
     * parsed documents are only read.
     */
    private static final Map<String, Document> PARSED = java.util.Collections.synchronizedMap(
        new java.util.LinkedHashMap<>(512, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
                return size() > 4000;
            }
        });

    BodyCheck(List<String> markdownExtensions) {
        int extensions = PegdownExtensions.NONE;
        for (String name : markdownExtensions) {
            try {
                extensions |= PegdownExtensions.class.getField(name.trim()).getInt(null);
            } catch (ReflectiveOperationException e) {
                // JBake ignores an unknown name too
            }
        }
        this.extensions = String.join(",", markdownExtensions);
        DataHolder options = PegdownOptionsAdapter.flexmarkOptions(extensions);
        this.parser = Parser.builder(options).build();
    }

    /** Adds the body's mistakes; {@code cited} says whether every paragraph must carry a citation. */
    void run(ContentFile file, boolean cited, Targets targets, List<Mistake> mistakes) {
        Document doc = PARSED.computeIfAbsent(extensions + "\n" + file.body(), k -> parser.parse(file.body()));
        Consumer<Node> each = node -> node(file, node, targets, mistakes);
        walk(doc, each);
        headings(file, doc, mistakes);
        if (cited) {
            for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
                citedBlock(file, block, mistakes);
            }
        }
    }

    private static void walk(Node node, Consumer<Node> each) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            each.accept(child);
            if (!(child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock || child instanceof Code)) {
                walk(child, each);
            }
        }
    }

    private static int line(ContentFile file, Node node) {
        return file.bodyLine() + node.getStartLineNumber();
    }

    private static void node(ContentFile file, Node node, Targets targets, List<Mistake> mistakes) {
        if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
            String html = node.getChars().toString().trim();
            String what = html.matches("(?is).*<[a-z][^>]*\\s(on[a-z]+)\\s*=.*") ? "an on...= attribute"
                : html.matches("(?is).*<[a-z][^>]*\\sstyle\\s*=.*") ? "a style= attribute" : "raw HTML";
            mistakes.add(new Mistake(file.path(), line(file, node), "body", "contains " + what + " (" + shorten(html)
                + "). Write Markdown only: no raw HTML, <script>, <iframe>, <style>, style= or on...= attributes."));
            return;
        }
        if (node instanceof Image image) {
            if (image.getText().isBlank()) {
                mistakes.add(new Mistake(file.path(), line(file, node), "body", "has an image without alternative text. Write ![what the picture shows](file.png)."));
            }
            return;
        }
        if (node instanceof ImageRef) {
            return;
        }
        String url = node instanceof Link l ? l.getUrl().toString()
            : node instanceof AutoLink a ? a.getText().toString()
            : node instanceof MailLink m ? "mailto:" + m.getText()
            : node instanceof Reference r ? r.getUrl().toString() : null;
        if (url == null) {
            return;
        }
        Matcher m = SCHEME_LINK.matcher(url);
        if (!m.matches()) {
            mistakes.add(new Mistake(file.path(), line(file, node), "body", "links to '" + url + "'. Link to items by key: (term:KEY), (actor:KEY), "
                + "(event:KEY), (page:KEY); cite web sources with [[source-key]] (data/sources.yaml)."));
            return;
        }
        String key = m.group(2);
        if (key.contains("#")) {
            mistakes.add(new Mistake(file.path(), line(file, node), "body", "links to " + url + ". Links cannot point inside a page (#...); link to the page itself: "
                + m.group(1) + ":" + key.substring(0, key.indexOf('#')) + "."));
            return;
        }
        String problem = targets.problem(m.group(1), key, file.lang());
        if (problem != null && !problem.isEmpty()) {
            mistakes.add(new Mistake(file.path(), line(file, node), "body", "links to " + url + ", but " + problem));
        }
    }

    private static void headings(ContentFile file, Document doc, List<Mistake> mistakes) {
        int[] level = {1};
        walk(doc, node -> {
            if (node instanceof Heading h) {
                if (h.getLevel() == 1) {
                    mistakes.add(new Mistake(file.path(), line(file, h), "body", "uses a level-1 heading (#); the title is the page's only h1. Start sections with ##."));
                } else if (h.getLevel() > level[0] + 1) {
                    mistakes.add(new Mistake(file.path(), line(file, h), "body", "skips a heading level (h" + level[0] + " to h" + h.getLevel()
                        + "). Use ## for sections and ### inside them."));
                }
                level[0] = h.getLevel();
            }
        });
    }

    private static void citedBlock(ContentFile file, Node block, List<Mistake> mistakes) {
        if (block instanceof ListBlock list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                requireCitation(file, item, "list item", mistakes);
            }
        } else if (block instanceof Paragraph || block instanceof BlockQuote) {
            requireCitation(file, block, "paragraph", mistakes);
        } else if (block.getClass().getSimpleName().equals("TableBlock")) {
            requireCitation(file, block, "table", mistakes);
        }
    }

    private static void requireCitation(ContentFile file, Node block, String what, List<Mistake> mistakes) {
        if (!CITATION.matcher(block.getChars()).find()) {
            mistakes.add(new Mistake(file.path(), line(file, block), "body", "this " + what + " (\"" + shorten(block.getChars().toString().trim())
                + "\") cites no source. Add [[P3]] or [[source-key]] after the claim; if it makes no factual claim, end it with [[" + NO_CLAIM + "]]."));
        }
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 50 ? one.substring(0, 47) + "..." : one;
    }
}
