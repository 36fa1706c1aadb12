<#ftl output_format="HTML">
<#--
  cite — citations and in-text links, checked at bake time.

  In Markdown bodies, editors write
    [[P3]]  or  [[P3,nato-founding-act-1997]]   a citation: article paragraph(s) and/or source keys
    [text](term:nrc)  [text](actor:nato)  [text](event:2022-01-12-nrc-meeting)  [text](page:key-points)
  and the header field sources=P1,key lists an item's main sources.
  Article paragraphs live in data/article.yaml, other sources in data/sources.yaml; both are
  listed on the sources page, where every citation points. An unknown key stops the bake.
  A citation shows "P3" or a source's short label (its `label`, else publisher and year); the
  link's title and the sources page give the full publisher and title.
-->
<#import "check.ftl" as check>
<#import "links.ftl" as links>
<#import "items.ftl" as items>
<#import "i18n.ftl" as i18n>
<#import "sourcepages.ftl" as sourcepages>

<#-- article and sources: data/article.yaml and data/sources.yaml, read once per page here
     (other libraries use cite.article rather than reading the file again). -->
<#assign article = data.get('article.yaml')>
<#assign sources = data.get('sources.yaml')>
<#assign paragraphs = (article.paragraphs)!{}>
<#-- paragraphKeys: P1, P2, … in order (only the sources page and error messages need them). -->
<#function paragraphKeys>
  <#local keys = check.entries(paragraphs, "gist_en")?filter(k -> k?matches("P\\d+"))?map(k -> k?substring(1)?number)?sort?map(n -> "P" + n?c)>
  <#if !keys?has_content><#stop "data/article.yaml is missing, or has no paragraphs P1, P2, … with gist_en and gist_id."></#if>
  <#return keys>
</#function>

<#-- anchor: the id of a citation key on the sources page. -->
<#function anchor key>
  <#return key?matches("P\\d+")?then(key?lower_case, "src-" + key)>
</#function>

<#-- sourceFields: the fields a source in data/sources.yaml may have (README.md, Sources). -->
<#assign sourceFields = ["publisher", "label", "title", "date", "url", "lang"]>
<#assign requiredSourceFields = ["publisher", "title", "date", "url", "lang"]>
<#-- labelLimit: the most characters a source's own label may have. -->
<#assign labelLimit = 30>

<#--
  checkSource: the source's fields are known (no misspelt "lable"), the required ones are there,
  its date and web address are well formed, and its label, if it has one,
  is one line of at most labelLimit characters that ends with the year of its date, like the
  default label, or with that year and one lowercase letter ("TASS 2021a") when several sources
  would otherwise share a label (checkSources). Run once per bake for every source, by
  checkSources on the sources page (which every bake renders); citations do not repeat it.
-->
<#function checkSource key>
  <#local s = sources[key]>
  <#local where = "data/sources.yaml, source '" + key + "'">
  <#-- s.keySet(): the entry's own fields (JBake's BeansWrapper makes ?keys list Java methods too). -->
  <#local fields = []>
  <#list s.keySet() as field><#local fields = fields + [field]></#list>
  <#list fields as field>
    <#if !sourceFields?seq_contains(field)>
      <#return check.failIn(where, field, "is not a field of a source (misspelt?). Allowed: " + sourceFields?join(", ") + ".")>
    </#if>
  </#list>
  <#list requiredSourceFields as field>
    <#if !(fields?seq_contains(field) && s[field]?is_string && s[field]?trim?has_content)>
      <#return check.failIn(where, field, "is missing or empty. Every source needs " + requiredSourceFields?join(", ") + ", each as text in quotes.")>
    </#if>
  </#list>
  <#if !s.date?matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")>
    <#return check.failIn(where, "date", "'" + s.date + "' is not a date. Write it like 2021-12-17, or 2021-12 or 2021 when only the month or year is known.")>
  </#if>
  <#if !s.url?matches("https?://[^\\s\"<>]+")>
    <#return check.failIn(where, "url", "'" + s.url + "' is not a web address. Copy the full address from the browser, starting with https://.")>
  </#if>
  <#if !s.lang?matches("[a-z]{2,3}")>
    <#return check.failIn(where, "lang", "'" + s.lang + "' is not a language code. Write the source's language as a two-letter code: en, id, ru, uk, de…")>
  </#if>
  <#if !fields?seq_contains("label")><#return ""></#if>
  <#local l = s.label!"">
  <#if !l?is_string>
    <#return check.failIn(where, "label", "must be text in quotes, e.g. label: \"Kremlin 2021\".")>
  </#if>
  <#if !l?trim?has_content>
    <#return check.failIn(where, "label", "is empty. Write a short label such as \"Kremlin 2021\", or delete the line to show publisher and year.")>
  </#if>
  <#if !l?matches("\\S+( \\S+)*")>
    <#return check.failIn(where, "label", "'" + l + "' must be one line, words separated by single spaces, without spaces at the start or end.")>
  </#if>
  <#if l?length gt labelLimit>
    <#return check.failIn(where, "label", "'" + l + "' has " + l?length + " characters; a label has at most " + labelLimit + ". Shorten it the way newsrooms do: \"US State Dept 2022\", \"RFE/RL 2021\".")>
  </#if>
  <#local year = s.date?substring(0, 4)>
  <#if !l?matches(".* " + year + "[a-z]?")>
    <#-- the suggestion keeps the label's words and at most one (lowercase) letter after the year -->
    <#local m = l?matches("(.*) \\d{4}([a-zA-Z]?)[a-zA-Z]*")>
    <#local fixed = m?then(m?groups[1] + " " + year + m?groups[2]?lower_case, l + " " + year)>
    <#return check.failIn(where, "label", "'" + l + "' must end with the year of the source's date=" + s.date + ", and at most one lowercase letter after it to tell sources apart, like '" + fixed + "'.")>
  </#if>
  <#return "">
</#function>

<#--
  sourceKeys: the key of every entry in data/sources.yaml, sorted, even one that lacks some
  fields (so an entry without a publisher is checked too). JBake's own fields on the data
  document and the Java names its wrapper adds have none of publisher, title or url.
-->
<#function sourceKeys>
  <#return sources?keys?filter(k -> (sources[k])?? && sources[k]?is_hash
    && ((sources[k].publisher)?? || (sources[k].title)?? || (sources[k].url)??))?sort>
</#function>

<#--
  checkSources: every source passes checkSource, cited or not, and no two sources show the same
  label (own or default), which readers could not tell apart; and once sources of a publisher and
  year carry letters ("TASS 2021a"), none of that publisher and year shows the bare "TASS 2021".
  Called by the sources page only (not per citation), in one pass over the sources sorted by
  label and then, stably, by label without its letter, so that the labels to compare are
  neighbours: O(n log n), without growing a sequence or hash in a loop.
-->
<#assign letters = "abcdefghijklmnopqrstuvwxyz">
<#function checkSources>
  <#list sourceKeys() as k><#local _ = checkSource(k)></#list>
  <#local byLabel = sourceKeys()?map(k -> {"key": k, "label": label(k)})?sort_by("label")
    ?map(e -> e + {"base": e.label?matches(".* \\d{4}[a-z]")?then(e.label?substring(0, e.label?length - 1), e.label)})?sort_by("base")>
  <#list byLabel as e>
    <#local prev = (e?index gt 0)?then(byLabel[e?index - 1], {})>
    <#local where = "data/sources.yaml, sources '" + (prev.key!"") + "' and '" + e.key + "'">
    <#if prev.label?? && prev.label == e.label>
      <#return check.failIn(where, "label", "both show the citation label '" + e.label + "', so readers cannot tell them apart. "
        + "Give each a letter after the year, in order of date: '" + e.base + "a', '" + e.base + "b' and so on (label: \"" + e.base + "a\").")>
    </#if>
    <#if prev.base?? && prev.base == e.base && prev.label == prev.base>
      <#local last = byLabel[e?index..]?take_while(x -> x.base == e.base)?last.label>
      <#local next = e.base + letters[[letters?index_of(last?substring(last?length - 1)) + 1, 25]?min]>
      <#return check.failIn("data/sources.yaml, source '" + prev.key + "'", "label", "shows '" + prev.label + "', but "
        + (last == e.label)?then("another source of that name and year shows '" + last, "other sources of that name and year show '" + e.label + "' to '" + last)
        + "'. Give it a letter too, the next one: label: \"" + next + "\".")>
    </#if>
  </#list>
  <#return "">
</#function>

<#-- label: the short visible label of a citation key: "P3", the source's label ("Kremlin 2021"),
     or by default its publisher and year ("NATO 1997"). -->
<#function label key>
  <#if paragraphs[key]??><#return key></#if>
  <#local s = sources[key]>
  <#return s.label!((s.publisher!key) + " " + (s.date!"")?keep_before("-"))>
</#function>

<#-- known: does the key name an article paragraph or a source? -->
<#function known key>
  <#return paragraphs[key]?? || (key?matches("[a-z0-9-]+") && sources[key]??)>
</#function>

<#-- validate: every key exists; `where` says where it was written, for the message. -->
<#function validate content keys where>
  <#list keys as k>
    <#if !known(k)>
      <#local hint = k?matches("P\\d+")?then("The article has paragraphs P1 to " + paragraphKeys()?last + ".", "Add it to data/sources.yaml or fix the spelling.")>
      <#return check.fail(content, where, "cites '" + k + "', which is not a known source. " + hint)>
    </#if>
  </#list>
  <#return "">
</#function>

<#-- @cites: citation links for a list of keys (validated first), e.g. "[P3, NATO 1997]". Each links
     to its entry: sources.html#p3, or the page of sources of its date (lib/sourcepages). titles=false
     leaves out the tooltips (publisher and title), for long lists such as the chronology. -->
<#macro cites content keys where titles=true>
  <#local _ = validate(content, keys, where)>
  <span class="cite">[<#list keys as k><a href="${links.to(content, content.lang, sourcepages.page(paragraphs[k]???then("", sources[k].date!"")) + "#" + anchor(k))}"<#if titles> title="${paragraphs[k]???then(i18n.t(content.lang, "article_paragraph") + " " + k?substring(1), (sources[k].publisher!"") + ": " + (sources[k].title!""))}"</#if>>${label(k)}</a><#sep>, </#list>]</span><#t>
</#macro>

<#--
  render: the item's rendered Markdown body with citations and item links resolved.
  The result is markup made only of the editor's Markdown and checked keys.
-->
<#function render content>
  <#local body = content.body!"">
  <#local _ = check.body(content, body)>
  <#list body?matches('href="(term|actor|event|page):([^"]*)"') as m>
    <#local scheme = m?groups[1]>
    <#local key = m?groups[2]>
    <#local found = items.find(scheme, content.lang, key)>
    <#if !found.key??>
      <#local _ = check.fail(content, "body", "links to " + scheme + ":" + key + ", but there is no " + scheme + " with key=" + key + " in lang=" + content.lang + "." + key?contains("#")?then(" Links cannot point inside a page (#...); link to the page itself.", check.unpublished(scheme, content.lang, key)))>
    </#if>
    <#local target = {"term": "glossary.html#" + key, "actor": "actors/" + key + ".html", "event": "chronology.html#" + key, "page": key + ".html"}[scheme]>
    <#local extra = "">
    <#if scheme == "term"><#local extra = ' class="term" data-definition="' + (found.definition!"")?esc?markup_string + '"'></#if>
    <#local body = body?replace(m, 'href="' + links.to(content, content.lang, target) + '"' + extra)>
  </#list>
  <#list body?matches("\\[\\[([^\\]]+)\\]\\]") as c>
    <#local cited><@cites content=content keys=check.keyList(c?groups[1]) where="body"/></#local>
    <#local body = body?replace(c, cited?markup_string)>
  </#list>
  <#return body>
</#function>

<#-- @line: the "Sources:" line of an item, from its sources= header. -->
<#macro line content>
  <#local keys = check.keyList(content.sources!"")>
  <#if keys?has_content>
    <p class="sources-line">${i18n.t(content.lang, "sources")}: <@cites content=content keys=keys where="sources"/></p>
  </#if>
</#macro>
