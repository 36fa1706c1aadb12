package org.nrcexplained.site.preview;

import org.nrcexplained.site.bake.PageRenderer;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.FileUtil;
import org.jbake.app.Parser;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JBake's content store for one baked copy of the site, kept open between saves: JBake's crawler
 * then re-reads only the content files whose bytes changed and marks just their documents as not
 * rendered yet. Set up as JBake's {@code Oven.bake()} sets it up (configuration, document types,
 * schema, content, data files), with its own in-memory database so that it never meets a bake of
 * the same JVM. Used by one thread only (OrientDB binds a database to a thread).
 */
final class Store implements AutoCloseable {

    private static final AtomicInteger NAMES = new AtomicInteger();

    final DefaultJBakeConfiguration config;
    final ContentStore db;
    private final Crawler crawler;
    private final Parser parser;

    /** Reads the whole project in {@code project} into a new store whose pages go to {@code output}. */
    Store(Path project, Path output, String base) {
        config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), output.toFile(), true);
        Properties extra = new Properties();
        extra.setProperty("site.base", base);
        config.addConfiguration(extra);
        db = new ContentStore("memory", "nrc-preview-" + ProcessHandle.current().pid() + "-" + NAMES.incrementAndGet());
        db.startup();
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String type : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(type);
        }
        DocumentTypes.addDocumentType(config.getDataFileDocType());
        db.updateSchema();
        db.updateAndClearCacheIfNeeded(true, config.getTemplateFolder());
        crawler = new Crawler(db, config);
        parser = new Parser(config);
        crawler.crawl();
        crawler.crawlDataFiles();
    }

    /**
     * Re-reads the content files that changed (project paths such as {@code content/actors/nato.md};
     * new or edited, not deleted) and returns the documents not rendered yet: theirs, and any left
     * from a round that stopped early. Reads just those files, the way JBake's crawler reads a file
     * (the crawler itself would hash and look up every file of the site); when a file is not a plain
     * content file, or URIs without extension are on, it runs JBake's crawler instead.
     */
    List<DocumentModel> update(Set<String> paths) {
        for (String path : paths) {
            if (!read(path)) {
                crawler.crawl();
                break;
            }
        }
        return new ArrayList<>(db.getUnrenderedContent());
    }

    /** Reads one content file into the store as JBake's {@code Crawler.crawlFile} does; false when it cannot. */
    private boolean read(String path) {
        File content = config.getContentFolder();
        File file = content.toPath().getParent().resolve(path).toFile();
        String rel = content.toPath().relativize(file.toPath()).toString().replace(File.separatorChar, '/');
        if (config.getUriWithoutExtension() || rel.startsWith("..") || !file.isFile() || !FileUtil.getFileFilter(config).accept(file)) {
            return false;
        }
        String name = file.getName();
        String uri = rel.substring(0, rel.length() - name.length())
            + URLEncoder.encode(name.substring(0, name.lastIndexOf('.') < 0 ? name.length() : name.lastIndexOf('.')), StandardCharsets.UTF_8)
            + config.getOutputExtension();
        String sha1;
        try {
            sha1 = FileUtil.sha1(file);
        } catch (Exception e) {
            return false;
        }
        db.deleteContent(uri);
        DocumentModel doc = parser.processFile(file);
        if (doc == null || !DocumentTypes.contains(doc.getType())) {
            return true; // JBake ignores it too (the check reports it)
        }
        doc.setRootPath(FileUtil.getUriPathToContentRoot(config, file));
        doc.setSha1(sha1);
        doc.setRendered(false);
        doc.setFile(file.getPath());
        doc.setSourceUri(uri);
        doc.setUri(uri);
        doc.setCached(true);
        if (doc.getStatus().equals(ModelAttributes.Status.PUBLISHED_DATE) && doc.getDate() != null && new Date().after(doc.getDate())) {
            doc.setStatus(ModelAttributes.Status.PUBLISHED);
        }
        db.addDocument(doc);
        return true;
    }

    /** Every document of every content type, in the store's order. */
    List<DocumentModel> all() {
        List<DocumentModel> out = new ArrayList<>();
        for (String type : config.getDocumentTypes()) {
            out.addAll(db.getAllContent(type));
        }
        return out;
    }

    /** Where the pages go. */
    Path output() {
        return config.getDestinationFolder().toPath();
    }

    /** The asset folder's files, copied into the output folder. */
    List<Throwable> copyAssets() {
        org.jbake.app.Asset asset = new org.jbake.app.Asset(config);
        asset.copy();
        asset.copyAssetsFromContent(config.getContentFolder());
        return asset.getErrors();
    }

    /** A new page renderer for this store (reads the templates afresh). */
    PageRenderer renderer() throws IOException {
        return new PageRenderer(db, config);
    }

    @Override
    public void close() {
        try {
            db.drop();
        } catch (RuntimeException e) {
            // an in-memory database that is already gone
        }
        try {
            db.close();
        } catch (RuntimeException e) {
            // closed with the drop
        }
    }
}
