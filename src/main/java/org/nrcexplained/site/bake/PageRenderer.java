package org.nrcexplained.site.bake;

import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.nrcexplained.site.content.Site;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Renders pages one at a time for a site that has been checked: a document's page, or the feed,
 * sitemap or 404 page, with the project's {@link Templates}, {@link SiteIndex} and template
 * variables ({@link PageModel}). The bake ({@link SiteRenderer}) renders every page with it; the
 * live preview renders the edited page first and can stop between pages when the editor saves
 * again. PreviewTest compares every page the preview serves with the bake's.
 *
 * <p>Each page is rendered in memory and then written with an atomic rename, so a browser that asks
 * for it meanwhile gets the old page or the new one, never half of one; a page that fails to render
 * is not written at all (its last good version stays).
 */
public final class PageRenderer {

    /** The pages JBake renders once per site, not per document: type, file name, whether it is on. */
    private record Single(String type, String file, boolean on) {
    }

    private final ContentStore db;
    private final JBakeConfiguration config;
    private final Templates templates;
    private Map<String, TemplateModel> shared;

    /** A renderer of the pages of the documents in {@code db}, with the project's FreeMarker settings. */
    public PageRenderer(ContentStore db, JBakeConfiguration config) throws IOException {
        this.db = db;
        this.config = config;
        this.templates = new Templates(config);
    }

    /** Builds the indexes of the documents now in the store, for the pages rendered next, and returns them. */
    public SiteIndex prepare(Site site) throws TemplateModelException {
        SiteIndex index = new SiteIndex(db, site);
        shared = PageModel.shared(db, config, templates.wrapper(), index);
        return index;
    }

    /** The feed, sitemap and 404 page that the configuration turns on. */
    public List<String> singles() {
        return List.of(new Single("feed", config.getFeedFileName(), config.getRenderFeed()),
                new Single("sitemap", config.getSiteMapFileName(), config.getRenderSiteMap()),
                new Single("error404", config.getError404FileName(), config.getRenderError404()))
            .stream().filter(Single::on).map(Single::type).toList();
    }

    /** The pages a document becomes in {@code output}: its page and its draft page (only one exists at a time). */
    public Path[] pagesOf(DocumentModel doc, Path output) {
        String name = doc.getUri();
        int slash = name.lastIndexOf('/');
        if (name.lastIndexOf('.') > slash) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        String extension = config.getOutputExtensionByDocType(doc.getType());
        return new Path[] {output.resolve(name + extension), output.resolve(name + config.getDraftSuffix() + extension)};
    }

    /**
     * A page rendered in memory: the file it goes to, the file it replaces (a document's draft page
     * or its published one, when its status changed; may be null), and its text, or the error line
     * that says why it failed to render.
     */
    public record Page(Path file, Path replaces, String text, String error) {
    }

    /** Renders a document's page for {@code output}, named as JBake names it (drafts get the draft suffix). */
    public Page document(DocumentModel doc, Path output) {
        Path[] pages = pagesOf(doc, output);
        boolean draft = ModelAttributes.Status.DRAFT.equals(doc.getStatus());
        return render(draft ? pages[1] : pages[0], draft ? pages[0] : pages[1], config.getTemplateByDocType(doc.getType()), doc);
    }

    /** Renders the feed, the sitemap or the 404 page ({@link #singles()}) for {@code output}. */
    public Page single(String type, Path output) {
        String file = switch (type) {
            case "feed" -> config.getFeedFileName();
            case "sitemap" -> config.getSiteMapFileName();
            default -> config.getError404FileName();
        };
        DocumentModel content = new DocumentModel();
        content.setType(type);
        content.setRootPath("");
        return render(output.resolve(file), null, config.getTemplateByDocType(type), content);
    }

    /**
     * Writes a page that rendered (an atomic rename over the old file) and removes the file it
     * replaces; a page that failed is not written. Returns null, or the error line.
     */
    public String write(Page page) {
        if (page.error() != null) {
            return page.error();
        }
        try {
            Files.createDirectories(page.file().getParent());
            Path temp = page.file().resolveSibling("." + page.file().getFileName() + ".tmp");
            Files.writeString(temp, page.text(), Charset.forName(config.getRenderEncoding()));
            Files.move(temp, page.file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            if (page.replaces() != null) {
                Files.deleteIfExists(page.replaces());
            }
            return null;
        } catch (IOException e) {
            return page.file() + ": " + e.getMessage();
        }
    }

    private Page render(Path file, Path replaces, String template, DocumentModel content) {
        TemplateHashModel page = PageModel.of(content, db, config, templates.wrapper(), shared);
        try {
            return new Page(file, replaces, templates.render(template, page), null);
        } catch (TemplateException e) {
            String source = content.get("sourceuri") == null ? content.getType() : "content/" + content.get("sourceuri");
            return new Page(file, replaces, null, Templates.describe(e) + " (rendering " + source + ")");
        } catch (IOException e) {
            return new Page(file, replaces, null, file + ": " + e.getMessage());
        }
    }
}
