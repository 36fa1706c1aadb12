<#ftl output_format="HTML">
<#--
  layout — the one page shell. Every page template is

    <#import "layout.ftl" as layout>
    <@layout.page content=content>…the page's main content…</@layout.page>

  It finds the page's twin in the other language (the bake's Java check has made sure a published
  item has one) and writes the head (title, description, canonical and hreflang
  links, CSP), the skip link, header, navigation, breadcrumbs and footer.

  Parameters:
    content      the page's content item (required)
    title        the <title> and <h1> text; default content.title
    description  the meta description; default content.description, .summary or .definition
    crumbs       breadcrumb trail between Home and this page: a sequence of {"label": …, "href": …}
    listed       items the page lists, for its JSON-LD (the glossary passes its terms; see lib/meta.ftl)
    script       the page's one script, under assets/; default js/site.js (the search page: js/search.js)
-->
<#import "lib/links.ftl" as links>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/items.ftl" as items>
<#import "lib/meta.ftl" as meta>

<#-- The main navigation: label key in data/i18n.yaml → path inside the language's tree. -->
<#assign navigation = [
  {"label": "nav_home", "path": "index.html"},
  {"label": "nav_key_points", "path": "key-points.html"},
  {"label": "nav_questions", "path": "questions.html"},
  {"label": "nav_actors", "path": "actors.html"},
  {"label": "nav_chronology", "path": "chronology.html"},
  {"label": "nav_glossary", "path": "glossary.html"},
  {"label": "nav_sources", "path": "sources.html"}
]>

<#macro page content title=(content.title!"") description=(content.description!content.summary!content.definition!"") crumbs=[] listed=[] script="js/site.js">
<#local lang = content.lang>
<#local draft = content.status == "draft">
<#local twin = draft?then({}, items.twin(content))>
<#local here = content.uri?remove_beginning(links.langPrefix(lang))>
<#local enUri = (lang == "en")?then(content.uri, twin.uri!content.uri)>
<!DOCTYPE html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${title} — ${i18n.t(lang, "site_name")}</title>
<meta name="description" content="${description}">
<#if draft><meta name="robots" content="noindex"></#if>
<link rel="canonical" href="${links.absolute(content.uri)}">
<#if twin.uri??>
<link rel="alternate" hreflang="${lang}" href="${links.absolute(content.uri)}">
<link rel="alternate" hreflang="${twin.lang}" href="${links.absolute(twin.uri)}">
<link rel="alternate" hreflang="x-default" href="${links.absolute(enUri)}">
</#if>
<@meta.head content=content title=title description=description twin=twin listed=listed/>
<link rel="stylesheet" href="${links.asset(content, "css/site.css")}">
<#-- no hreflang here: search engines read every rel=alternate hreflang link as a translation of the page (and want it absolute) -->
<link rel="alternate" type="application/atom+xml" title="${i18n.t(lang, "feed_title")}" href="${links.to(content, lang, "feed.xml")}">
<script src="${links.asset(content, script)}" defer></script>
<link rel="icon" href="${links.asset(content, "favicon.svg")}" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#main">${i18n.t(lang, "skip")}</a>
<header class="site-header">
  <div class="site-header__bar">
    <a class="site-name" href="${links.to(content, lang, "index.html")}">${i18n.t(lang, "site_name")}</a>
    <a class="search-link" href="${links.to(content, lang, "search.html")}"<#if here == "search.html"> aria-current="page"</#if>>${i18n.t(lang, "search")}</a>
    <#if twin.uri??><a class="lang-switch" href="${links.uri(content, twin.uri)}" hreflang="${twin.lang}" lang="${twin.lang}">${i18n.t(lang, "switch_to")}</a></#if>
  </div>
  <nav class="site-nav" aria-label="${i18n.t(lang, "nav_label")}">
    <ul>
    <#list navigation as item>
      <li><a href="${links.to(content, lang, item.path)}"<#if item.path == here> aria-current="page"</#if>>${i18n.t(lang, item.label)}</a></li>
    </#list>
    </ul>
  </nav>
</header>
<#if here != "index.html">
<nav class="breadcrumbs" aria-label="${i18n.t(lang, "breadcrumb")}">
  <ol>
    <li><a href="${links.to(content, lang, "index.html")}">${i18n.t(lang, "nav_home")}</a></li>
    <#list crumbs as crumb><li><a href="${crumb.href}">${crumb.label}</a></li></#list>
    <li><span aria-current="page">${title}</span></li>
  </ol>
</nav>
</#if>
<main id="main" tabindex="-1">
<#if draft><p class="draft-banner">DRAFT — status=draft: this page is not published.</p></#if>
<#nested>
</main>
<footer class="site-footer">
  <p>${i18n.t(lang, "footer_about")}</p>
  <p><a href="${links.to(content, lang, "sources-and-method.html")}">${i18n.t(lang, "nav_method")}</a> · <a href="${links.to(content, lang, "feed.xml")}" type="application/atom+xml">${i18n.t(lang, "footer_feed")}</a><#if twin.uri??> · <a href="${links.uri(content, twin.uri)}" hreflang="${twin.lang}" lang="${twin.lang}">${i18n.t(lang, "switch_short")}</a></#if></p>
</footer>
</body>
</html>
</#macro>
