<#ftl output_format="HTML">
<#--
  404: the one "not found" page. GitHub Pages serves it at any depth, so every URL here is
  absolute (from site.base), and it speaks both languages on one page.
-->
<#import "lib/links.ftl" as links>
<#import "lib/i18n.ftl" as i18n>
<#assign base = links.basePath()>
<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'">
<title>${i18n.t("en", "not_found_title")} / ${i18n.t("id", "not_found_title")} — ${i18n.t("en", "site_name")}</title>
<meta name="description" content="${i18n.t("en", "not_found_body")}">
<meta name="robots" content="noindex">
<link rel="stylesheet" href="${base}css/site.css">
</head>
<body>
<a class="skip-link" href="#main">${i18n.t("en", "skip")}</a>
<header class="site-header">
  <div class="site-header__bar"><a class="site-name" href="${base}index.html">${i18n.t("en", "site_name")}</a></div>
</header>
<main id="main" tabindex="-1">
  <h1>${i18n.t("en", "not_found_title")} <span lang="id">/ ${i18n.t("id", "not_found_title")}</span></h1>
  <p><a href="${base}index.html">${i18n.t("en", "not_found_body")}</a></p>
  <p lang="id"><a href="${base}id/index.html">${i18n.t("id", "not_found_body")}</a></p>
</main>
</body>
</html>
