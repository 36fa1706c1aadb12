<#ftl output_format="HTML">
<#--
  check — the bake's own proof-reading. JBake logs most content mistakes and carries on;
  these functions stop the bake instead, with a message that names the file, the field and
  what to do. The content model (required and optional fields per type) is data/model.yaml.

  Each function returns "" so that it can be called as ${check.x(...)} or <#assign _ = ...>.
-->
<#assign model = data.get('model.yaml')>
<#-- Keys JBake itself adds to every document; never written by editors. -->
<#assign internal = ["body", "date", "uri", "tags", "sha1", "file", "rendered", "sourceuri", "cached",
  "rootpath", "nextContent", "previousContent", "noExtensionUri", "id", "name", "jbake-type"]>
<#assign keyPattern = "[a-z0-9]+(-[a-z0-9]+)*">

<#--
  entries: the keys of a map read from data/*.yaml whose values are maps holding `field`.
  (JBake hands data files to templates as its own document objects, whose ?keys also list
  Java method names and document fields; this keeps only the editor's entries, sorted.)
-->
<#function entries map field>
  <#return map?keys?filter(k -> (map[k])?? && map[k]?is_hash && map[k][field]??)?sort>
</#function>

<#-- path: the content file as an editor knows it, e.g. "content/id/actors/nato.md". -->
<#function path content>
  <#local f = (content.file!"")?replace("\\", "/")>
  <#if f?contains("/content/")><#return "content/" + f?keep_after_last("/content/")></#if>
  <#return f>
</#function>

<#-- fail: stop the bake with "FILE: field 'F': message". -->
<#function fail content field message>
  <#return failIn(path(content), field, message)>
</#function>

<#-- failIn: the same for a place that is not a content file, e.g. "data/sources.yaml, source 'x'". -->
<#function failIn where field message>
  <#stop "\n\n  CONTENT ERROR in " + where + "\n  field '" + field + "': " + message + "\n">
</#function>

<#--
  place: where an item lives, from its type, language and key, without the file ending:
  "id/actors/nato", "key-points", "index" (home), "data/chronology.csv" (an export).
  The content file is content/<place>.md and JBake's page is <place>.html.
-->
<#function place type lang key>
  <#local spec = model.types[type]>
  <#return (lang == "id")?then("id/", "") + spec.folder?has_content?then(spec.folder + "/", "")
    + (type == "home")?then("index", key) + (spec.extension?has_content)?then("." + spec.extension, "")>
</#function>

<#-- an: a word with its article, for messages: "a term", "an actor", "an event". -->
<#function an word>
  <#return word?matches("[aeiou].*")?then("an ", "a ") + word>
</#function>

<#-- precisionOf: the precision an ISO date is written to: 2022-01-12 day, 2022-01 month, 2022 year. -->
<#function precisionOf iso>
  <#return {"10": "day", "7": "month"}[iso?length?c]!"year">
</#function>

<#-- item: the checks every content file gets (called by the layout for every page). -->
<#function item content>
  <#local type = content.type!"">
  <#local spec = (model.types[type])!>
  <#if !spec?has_content>
    <#return fail(content, "type", "unknown type '" + type + "'. Use one of: " + entries(model.types, "required")?join(", ") + ".")>
  </#if>
  <#local allowed = model.common.required + model.common.optional + spec.required + spec.optional + internal>
  <#list content?keys as field>
    <#if !allowed?seq_contains(field)>
      <#local names = []>
      <#list model.common.required + model.common.optional + spec.required + spec.optional as f>
        <#if !names?seq_contains(f)><#local names = names + [f]></#if>
      </#list>
      <#return fail(content, field, "is not a field of " + an(type) + " (misspelt?). Allowed: " + names?join(", ") + ".")>
    </#if>
  </#list>
  <#list model.common.required + spec.required as field>
    <#if !(content[field]?? && content[field]?is_string && content[field]?trim?has_content)>
      <#return fail(content, field, "is missing or empty; " + an(type) + " needs it. Add a line " + field + "=... to the header (see README.md, Content model).")>
    </#if>
  </#list>
  <#if !["published", "draft"]?seq_contains(content.status)>
    <#return fail(content, "status", "must be published or draft, not '" + content.status + "'.")>
  </#if>
  <#if !model.langs?seq_contains(content.lang)>
    <#return fail(content, "lang", "must be en or id, not '" + content.lang + "'.")>
  </#if>
  <#if !content.key?matches(keyPattern)>
    <#return fail(content, "key", "'" + content.key + "' must be lowercase ASCII letters, digits and hyphens (it is also the file name).")>
  </#if>
  <#-- Where the file lives follows from its lang, type and key, so its twin is easy to find. -->
  <#local expected = "content/" + place(type, content.lang, content.key) + ".md">
  <#if path(content) != expected>
    <#return fail(content, "key", an(type) + " with lang=" + content.lang + " and key=" + content.key + " must be the file " + expected + ". Rename the file or fix key/lang.")>
  </#if>
  <#return "">
</#function>

<#-- oneOf: the field's value is one of the allowed values. -->
<#function oneOf content field allowed>
  <#if !allowed?seq_contains(content[field])>
    <#return fail(content, field, "'" + content[field] + "' is not allowed. Use one of: " + allowed?join(", ") + ".")>
  </#if>
  <#return "">
</#function>

<#-- isoDate: a date of the given precision (day YYYY-MM-DD, month YYYY-MM, year YYYY) that exists. -->
<#function isoDate content field value precision>
  <#local forms = {"day": "\\d{4}-\\d{2}-\\d{2}", "month": "\\d{4}-\\d{2}", "year": "\\d{4}"}>
  <#if !forms[precision]??>
    <#return fail(content, "precision", "'" + precision + "' is not a precision. Use day, month or year.")>
  </#if>
  <#if !value?matches(forms[precision])>
    <#local example = {"day": "2022-01-12", "month": "2022-01", "year": "2022"}[precision]>
    <#return fail(content, field, "'" + value + "' does not fit precision=" + precision + ": write it like " + example + " (or change the precision).")>
  </#if>
  <#local p = value?split("-")>
  <#if precision != "year">
    <#local m = p[1]?number>
    <#if m < 1 || m gt 12><#return fail(content, field, "'" + value + "' has no month " + p[1] + ".")></#if>
  </#if>
  <#if precision == "day">
    <#local y = p[0]?number>
    <#local leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0>
    <#local days = [31, leap?then(29, 28), 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]>
    <#local d = p[2]?number>
    <#if d < 1 || d gt days><#return fail(content, field, "'" + value + "' is not a real date (that month has " + days + " days).")></#if>
  </#if>
  <#return "">
</#function>

<#-- dateNumber: an ISO date of any precision as a sortable number (2017-01 → 20170100). -->
<#function dateNumber iso>
  <#local p = iso?split("-")>
  <#return (p[0]?number * 10000) + ((p[1]!"0")?number * 100) + (p[2]!"0")?number>
</#function>

<#-- keyList: a comma-separated list of keys, trimmed, empty entries dropped. -->
<#function keyList value>
  <#local out = []>
  <#list (value!"")?split(",") as k><#if k?trim?has_content><#local out = out + [k?trim]></#if></#list>
  <#return out>
</#function>

<#-- keysExist: every key in the field names an existing item of `type` (a hash of key → doc). -->
<#function keysExist content field known what>
  <#list keyList(content[field]!"") as k>
    <#if !known[k]??>
      <#local why = unpublished(what, content.lang, k)>
      <#return fail(content, field, "'" + k + "' is not a known " + what + " key." + why?has_content?then(why, " Check the spelling, or add the " + what + " first."))>
    </#if>
  </#list>
  <#return "">
</#function>

<#--
  unpublished: when an item is missing only because its own file is not published (a draft, or a
  status line that is missing or misspelt), says so and names the file, so that an editor fixes
  that file first instead of every page that links to it; otherwise "".
-->
<#function unpublished type lang key>
  <#if !(model.types[type])?? || !key?matches(keyPattern)><#return ""></#if>
  <#local where = place(type, lang, key)>
  <#list db.getDocumentByUri(where + ".html") as d>
    <#return " Its file content/" + where + ".md exists but is not published (status=draft, or the status line is missing or misspelt): fix that file first.">
  </#list>
  <#return "">
</#function>

<#-- body: no raw HTML that could run or restyle, images with alternative text, headings in order. -->
<#function body content html>
  <#if html?matches("(?is).*<\\s*(script|iframe|object|embed|style|form)\\b.*")>
    <#return fail(content, "body", "contains raw HTML (<script>, <iframe>, <style>, <form>...). Write Markdown only.")>
  </#if>
  <#if html?matches("(?is).*<[a-z][^>]*\\s(style|on[a-z]+)\\s*=.*")>
    <#return fail(content, "body", "contains a style= or on...= attribute. Write Markdown only.")>
  </#if>
  <#if html?matches("(?is).*<img(?![^>]*\\balt=\"[^\"]+\")[^>]*>.*")>
    <#return fail(content, "body", "has an image without alternative text. Write ![what the picture shows](file.png).")>
  </#if>
  <#list html?matches('<a\\s[^>]*?href="([^"]*)"') as link>
    <#if !link?groups[1]?matches("(term|actor|event|page):.*")>
      <#return fail(content, "body", "links to '" + link?groups[1] + "'. Link to items by key — (term:KEY), (actor:KEY), (event:KEY), (page:KEY) — and cite web sources with [[source-key]] (data/sources.yaml).")>
    </#if>
  </#list>
  <#if !html?trim?has_content && content.type != "home">
    <#return fail(content, "body", "is empty. Write the text below the ~~~~~~ line.")>
  </#if>
  <#local level = 1>
  <#list html?matches("<h([1-6])[ >]") as h>
    <#local next = h?groups[1]?number>
    <#if next == 1><#return fail(content, "body", "uses a level-1 heading (#); the title is the page's only h1. Start sections with ##.")></#if>
    <#if next gt level + 1><#return fail(content, "body", "skips a heading level (h" + level + " to h" + next + "). Use ## for sections and ### inside them.")></#if>
    <#local level = next>
  </#list>
  <#return "">
</#function>

<#-- event: an event's own fields — precision, dates, end after start, era, actors (keys → docs). -->
<#function event content actors eras>
  <#local _ = oneOf(content, "precision", model.precisions)>
  <#local _ = isoDate(content, "start", content.start, content.precision)>
  <#if (content.end!"")?has_content>
    <#local _ = isoDate(content, "end", content.end, precisionOf(content.end))>
    <#if dateNumber(content.end) <= dateNumber(content.start)>
      <#return fail(content, "end", "'" + content.end + "' is not after start=" + content.start + ".")>
    </#if>
  </#if>
  <#local _ = oneOf(content, "era", eras?map(e -> e.key))>
  <#return keysExist(content, "actors", actors, "actor")>
</#function>

<#-- sameFacts: the twin agrees on the fields that are facts, not prose. -->
<#function sameFacts content twin fields>
  <#list fields as field>
    <#if (content[field]!"") != (twin[field]!"")>
      <#return fail(content, field, "is '" + (content[field]!"") + "' here but '" + (twin[field]!"") + "' in its twin " + path(twin) + ". Both languages must agree.")>
    </#if>
  </#list>
  <#return "">
</#function>
