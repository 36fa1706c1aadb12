package org.nrcexplained.site.bake;

import freemarker.template.TemplateModelException;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.nrcexplained.site.check.ContentCheck;
import org.nrcexplained.site.check.Mistake;
import org.nrcexplained.site.check.Report;
import org.nrcexplained.site.cards.ShareCards;
import org.nrcexplained.site.content.Site;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's bake, run by JBake before its own renderers (listed first in
 * {@code META-INF/services/org.jbake.render.RenderingTool}).
 *
 * <ol>
 *   <li>Checks the whole project once ({@link ContentCheck}). With any mistake it prints the report,
 *   one line per mistake, writes no page, turns JBake's other renderers off, and fails the bake.</li>
 *   <li>Builds the indexes ({@link SiteIndex}) and renders every document, the feed, the sitemap and
 *   the 404 page with the project's FreeMarker settings ({@link Templates}), while the share cards
 *   ({@link ShareCards}) are drawn on the other core. Each page is rendered
 *   in memory and written only when it rendered whole. Unlike JBake's own document renderer it does
 *   not look up every document's previous and next document (the site uses neither), so rendering
 *   time grows with the number of pages, not with its square.</li>
 * </ol>
 */
public final class SiteRenderer implements RenderingTool {

    /**
     * With this system property set to true, the check and the indexes run as usual but JBake's
     * own renderers render the pages (its document renderer, with its previous/next lookups and
     * FreeMarker set up its way): the comparison that shows this renderer changes no page.
     */
    public static final String JBAKE_RENDERS = "nrc.jbakeRenders";

    /** Where reports go (the console). */
    private static final PrintStream OUT = System.err;

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Site site = Site.read(config.getSourceFolder().toPath());
        List<Mistake> mistakes = ContentCheck.run(site);
        if (!mistakes.isEmpty()) {
            String report = Report.of(mistakes, site.files().size());
            OUT.println(report);
            stopJBakeRenderers(db, config);
            throw new RenderingException(report);
        }
        try {
            return renderAll(db, config, site);
        } catch (IOException | TemplateModelException e) {
            stopJBakeRenderers(db, config);
            throw new RenderingException("cannot read the templates: " + e.getMessage());
        }
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) {
        throw new UnsupportedOperationException("JBake 2.7 calls render(Renderer, ContentStore, JBakeConfiguration)");
    }

    /** Marks every document rendered and turns off the feed, sitemap and 404 renderers, so JBake writes no page. */
    private static void stopJBakeRenderers(ContentStore db, JBakeConfiguration config) {
        for (DocumentModel doc : db.getUnrenderedContent()) {
            db.markContentAsRendered(doc);
        }
        for (String flag : List.of("render.feed", "render.sitemap", "render.error404", "render.index", "render.archive", "render.tags", "render.tagsindex")) {
            config.setProperty(flag, false);
        }
    }

    private int renderAll(ContentStore db, JBakeConfiguration config, Site site) throws IOException, TemplateModelException, RenderingException {
        PageRenderer pages = new PageRenderer(db, config);
        SiteIndexExtractor.use(pages.prepare(site));
        List<DocumentModel> docs = new ArrayList<>(db.getUnrenderedContent());
        ShareCards cards = ShareCards.start(docs, config, site); // drawn on the other core while the pages render
        if (Boolean.getBoolean(JBAKE_RENDERS)) {
            // the comparison bake (benchmarks/same-output.sh): the same share cards, and JBake's own renderers render every page
            List<String> cardErrors = cards.finish();
            if (!cardErrors.isEmpty()) {
                throw new RenderingException(String.join("\n", cardErrors));
            }
            return 0;
        }
        Path output = config.getDestinationFolder().toPath();
        List<String> errors = new ArrayList<>();
        int rendered = 0;
        for (DocumentModel doc : docs) {
            rendered += count(pages.write(pages.document(doc, output)), errors);
            db.markContentAsRendered(doc);
        }
        for (String single : pages.singles()) {
            rendered += count(pages.write(pages.single(single, output)), errors);
            config.setProperty("render." + single, false); // rendered here: JBake's own renderer skips it
        }
        errors.addAll(cards.finish());
        if (!errors.isEmpty()) {
            String report = String.join("\n", errors) + "\n" + errors.size() + " page(s) or share card(s) failed (see the lines above).";
            OUT.println(report);
            throw new RenderingException(report);
        }
        return rendered;
    }

    /** 1 for a page written, 0 for one that failed (its error line goes to {@code errors}). */
    private static int count(String error, List<String> errors) {
        if (error == null) {
            return 1;
        }
        errors.add(error);
        return 0;
    }
}
