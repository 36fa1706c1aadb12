<#ftl output_format="HTML">
<#--
  links — the one place where URLs are built.

  Every internal link is relative to the page (content.rootpath is "" at the site root and
  "../" per folder below it), so the baked site works at a domain root, under a GitHub Pages
  project path (/repo-name/) and opened from disk. Absolute URLs (canonical, hreflang, sitemap,
  feed, 404 page) come from one setting, config.site_base (Maven property site.base).
-->

<#-- The language's root folder, relative to the page: "" or "id/" below the site root. -->
<#function langPrefix lang>
  <#return (lang == "id")?then("id/", "")>
</#function>

<#--
  to: a page-relative URL.
  content: the page being rendered (for its rootpath); lang: the target language;
  path: a path inside that language's tree, e.g. "actors/nato.html" or "glossary.html#nrc".
-->
<#function to content lang path>
  <#return (content.rootpath!"") + langPrefix(lang) + path>
</#function>

<#-- asset: a page-relative URL to a file under assets/ (copied to the site root). -->
<#function asset content path>
  <#return (content.rootpath!"") + path>
</#function>

<#-- uri: a page-relative URL to another document, by its JBake uri (e.g. "id/actors/nato.html"). -->
<#function uri content docUri>
  <#return (content.rootpath!"") + docUri>
</#function>

<#-- siteBase: the site.base setting, read once per page (each read of JBake's model is costly). -->
<#assign siteBase = (config.site_base)!"">

<#-- base: the public base URL, always ending in "/". -->
<#function base>
  <#local b = siteBase>
  <#if !b?has_content><#stop "config: site.base is not set. Set it in pom.xml or with -Dsite.base=https://example.org/repo/"></#if>
  <#return b?ensure_ends_with("/")>
</#function>

<#-- absolute: the public absolute URL of a site path (a JBake uri). -->
<#function absolute docUri>
  <#return base() + docUri>
</#function>

<#-- rootAbsolutePath: the base URL's path ("/" or "/repo-name/"), for pages served at any depth (404). -->
<#function basePath>
  <#local b = base()>
  <#local path = b?keep_after("//")?keep_after("/")>
  <#return "/" + path>
</#function>
