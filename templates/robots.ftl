<#ftl output_format="plainText">
<#--
  robots: robots.txt (content/robots.txt.md, type=robots): everything may be crawled; names the
  sitemap by its absolute URL from site.base. Crawlers read robots.txt only at a host's root, so
  under a GitHub Pages project path (/repo-name/) this file is informative only.
-->
<#import "lib/links.ftl" as links>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
User-agent: *
Allow: /

Sitemap: ${links.absolute("sitemap.xml")}
