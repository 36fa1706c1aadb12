package org.nrcexplained.site.bake;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
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
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Templates templates = new Templates(config);
        ObjectWrapper wrapper = templates.wrapper();
        Map<String, TemplateModel> shared = new HashMap<>();
        SiteIndex index = new SiteIndex(db, site);
        SiteIndexExtractor.use(index);
        if (Boolean.getBoolean(JBAKE_RENDERS)) {
            // the comparison bake (benchmarks/same-output.sh): the same share cards, and JBake's own renderers render every page
            List<String> cardErrors = ShareCards.start(new ArrayList<>(db.getUnrenderedContent()), config).finish();
            if (!cardErrors.isEmpty()) {
                throw new RenderingException(String.join("\n", cardErrors));
            }
            return 0;
        }
        shared.putAll(PageModel.shared(db, config, wrapper, index));

        List<DocumentModel> docs = new ArrayList<>(db.getUnrenderedContent());
        ShareCards cards = ShareCards.start(docs, config); // drawn on the other core meanwhile
        List<String> errors = new ArrayList<>();
        int rendered = 0;
        for (DocumentModel doc : docs) {
            String error = renderDocument(doc, db, config, templates, shared);
            if (error == null) {
                rendered++;
            } else {
                errors.add(error);
            }
            db.markContentAsRendered(doc);
        }
        String[][] singles = {
            {"feed", config.getFeedFileName(), String.valueOf(config.getRenderFeed())},
            {"sitemap", config.getSiteMapFileName(), String.valueOf(config.getRenderSiteMap())},
            {"error404", config.getError404FileName(), String.valueOf(config.getRenderError404())}};
        for (String[] s : singles) {
            if (Boolean.parseBoolean(s[2])) {
                DocumentModel content = new DocumentModel();
                content.setType(s[0]);
                content.setRootPath("");
                String error = write(new File(config.getDestinationFolder(), s[1]), config.getTemplateByDocType(s[0]), content, db, config, templates, shared);
                if (error == null) {
                    rendered++;
                } else {
                    errors.add(error);
                }
                config.setProperty("render." + s[0], false); // rendered here: JBake's own renderer skips it
            }
        }
        errors.addAll(cards.finish());
        if (!errors.isEmpty()) {
            String report = String.join("\n", errors) + "\n" + errors.size() + " page(s) or share card(s) failed (see the lines above).";
            OUT.println(report);
            throw new RenderingException(report);
        }
        return rendered;
    }

    /** Renders one content document to its page, as JBake's Renderer names it (drafts get the draft suffix). */
    private static String renderDocument(DocumentModel doc, ContentStore db, JBakeConfiguration config, Templates templates, Map<String, TemplateModel> shared) {
        String type = doc.getType();
        String name = config.getDestinationFolder().getPath() + File.separatorChar + doc.getUri();
        if (name.lastIndexOf('.') > name.lastIndexOf(File.separatorChar)) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        String extension = config.getOutputExtensionByDocType(type);
        try {
            Files.deleteIfExists(Path.of(name + config.getDraftSuffix() + extension));
            Files.deleteIfExists(Path.of(name + extension));
        } catch (IOException e) {
            return doc.get("sourceuri") + ": cannot replace its old page: " + e.getMessage();
        }
        if (ModelAttributes.Status.DRAFT.equals(doc.getStatus())) {
            name = name + config.getDraftSuffix();
        }
        return write(new File(name + extension), config.getTemplateByDocType(type), doc, db, config, templates, shared);
    }

    /** Renders a template in memory and writes the file only if it rendered whole; returns null, or the error line. */
    private static String write(File file, String template, DocumentModel content, ContentStore db, JBakeConfiguration config,
                                Templates templates, Map<String, TemplateModel> shared) {
        TemplateHashModel page = PageModel.of(content, db, config, templates.wrapper(), shared);
        try {
            String text = templates.render(template, page);
            File dir = file.getParentFile();
            if (dir != null) {
                Files.createDirectories(dir.toPath());
            }
            Files.writeString(file.toPath(), text, Charset.forName(config.getRenderEncoding()));
            return null;
        } catch (TemplateException e) {
            String source = content.get("sourceuri") == null ? content.getType() : "content/" + content.get("sourceuri");
            return Templates.describe(e) + " (rendering " + source + ")";
        } catch (IOException e) {
            return file + ": " + e.getMessage();
        }
    }
}
