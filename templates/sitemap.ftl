<#ftl output_format="XML">
<#--
  sitemap: every published page with its absolute URL and its language alternates
  (xhtml:link hreflang), from the base-URL setting.
-->
<#import "lib/links.ftl" as links>
<#import "lib/items.ftl" as items>
<#-- Only HTML pages: types with a file extension in data/model.yaml (data exports, the search
     indexes, the feeds, robots.txt) are files, not pages. -->
<#assign pages = published_content?filter(d -> d.key?? && d.lang?? && !items.index.hasExtension(d.type))>
<#assign byKey = {}>
<#list pages as d><#assign byKey = byKey + {d.type + "/" + d.key + "/" + d.lang: d}></#list>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<#list pages?sort_by("uri") as d>
  <url>
    <loc>${links.absolute(d.uri)}</loc>
    <#list ["en", "id"] as l><#assign alt = byKey[d.type + "/" + d.key + "/" + l]!><#if alt?has_content>
    <xhtml:link rel="alternate" hreflang="${l}" href="${links.absolute(alt.uri)}"/>
    </#if></#list>
  </url>
</#list>
</urlset>
